package org.gamescloud.results.internal;

import org.springframework.stereotype.Component;

/**
 * The colour of a NOC's badge, derived from its code alone, so that a NOC looks the same on every page without
 * flags to download. The hue comes from a mixed hash of the code (so that CHN and CHM do not look alike); saturation
 * and lightness are fixed dark enough for white text at a contrast of 4.5:1 or more at every hue. Templates call
 * {@code @nocColours.of(code)}.
 */
@Component("nocColours")
class NocColours {

    static final int SATURATION_PERCENT = 60;
    static final int LIGHTNESS_PERCENT = 28;

    public String of(String nocCode) {
        return "hsl(" + hue(nocCode) + " " + SATURATION_PERCENT + "% " + LIGHTNESS_PERCENT + "%)";
    }

    static int hue(String nocCode) {
        if (nocCode == null) {
            return 0;
        }
        int mixed = nocCode.hashCode() * 0x9E3779B9;
        return Math.floorMod(mixed ^ (mixed >>> 15), 360);
    }
}
