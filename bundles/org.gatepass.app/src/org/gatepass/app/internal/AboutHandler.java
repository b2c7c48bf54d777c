package org.gatepass.app.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import jakarta.inject.Named;

/** Help &gt; About: the product version and the build it came from (the bundle qualifier is the build time). */
public final class AboutHandler {

    @Execute
    void show(@Named("activeShell") Shell shell) {
        MessageDialog.openInformation(shell, "About Gatepass", text(FrameworkUtil.getBundle(AboutHandler.class).getVersion()));
    }

    static String text(Version version) {
        String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
        String build = version.getQualifier().isEmpty() ? "development" : version.getQualifier();
        return "Gatepass " + release + "\nBuild " + build + "\n\nSecurity workstation for gates and doors.\n"
                + "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + "\n\nLicensed under the Apache License 2.0.";
    }
}
