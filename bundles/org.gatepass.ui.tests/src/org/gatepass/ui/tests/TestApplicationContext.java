package org.gatepass.ui.tests;

import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * What the Gatepass product tells the e4 application at start (its branding properties, as in org.gatepass.app's
 * plugin.xml), for starting the
 * real workbench inside a test. Layout state is neither read nor saved, so every run starts from the model.
 */
final class TestApplicationContext implements IApplicationContext {
    private static final Map<String, String> BRANDING = Map.of(
            "applicationXMI", "org.gatepass.app/Application.e4xmi",
            "lifeCycleURI", "bundleclass://org.gatepass.app/org.gatepass.app.internal.SessionLifeCycle",
            "appName", "Gatepass",
            "cssTheme", "org.gatepass.theme.light",
            "clearPersistedState", "true",
            "persistState", "false");

    @Override
    public Map<String, Object> getArguments() {
        return Map.of(IApplicationContext.APPLICATION_ARGS, new String[0]);
    }

    @Override
    public void applicationRunning() {
        // no splash screen to close
    }

    @Override
    public String getBrandingApplication() {
        return "org.eclipse.e4.ui.workbench.swt.E4Application";
    }

    @Override
    public String getBrandingName() {
        return "Gatepass";
    }

    @Override
    public String getBrandingDescription() {
        return "Gatepass workstation under test";
    }

    @Override
    public String getBrandingId() {
        return "org.gatepass.app.product";
    }

    @Override
    public String getBrandingProperty(String key) {
        return BRANDING.get(key);
    }

    @Override
    public Bundle getBrandingBundle() {
        for (Bundle bundle : FrameworkUtil.getBundle(TestApplicationContext.class).getBundleContext().getBundles()) {
            if (bundle.getSymbolicName().equals("org.gatepass.app")) {
                return bundle;
            }
        }
        throw new IllegalStateException("org.gatepass.app is not installed");
    }

    @Override
    public void setResult(Object result, IApplication application) {
        // the test decides when the workbench ends
    }
}
