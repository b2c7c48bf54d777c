package org.gatepass.app.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;

import jakarta.inject.Named;

/** Window &gt; Light / Dark theme: applied at once to every window, and remembered for the next start. */
public final class ThemeHandler {
    static final String THEME_PARAMETER = "org.gatepass.commandparameter.theme";

    @Execute
    void apply(@Named(THEME_PARAMETER) String themeId, IThemeEngine themes) {
        themes.setTheme(themeId, true);
    }
}
