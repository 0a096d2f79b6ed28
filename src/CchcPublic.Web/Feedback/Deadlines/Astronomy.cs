namespace CchcPublic.Web.Feedback.Deadlines;

/// <summary>
/// Times of new moons and the Sun's apparent longitude, after Jean Meeus, "Astronomical Algorithms" (2nd ed.):
/// chapter 49 for the new moon (about a minute of accuracy), chapter 25's low-accuracy Sun (about 0.01°), and
/// Espenak and Meeus's polynomials for ΔT. All times are Julian dates in Universal Time.
/// </summary>
internal static class Astronomy
{
    public const double SynodicMonth = 29.530588861;

    // Meeus numbers lunations from the new moon of 6 January 2000 (k = 0).
    private const double FirstNewMoonOf2000 = 2451550.09766;
    private const double J2000 = 2451545.0;

    /// <summary>The lunation whose mean new moon falls nearest to a Julian date.</summary>
    public static int LunationNear(double julianDate) =>
        (int)Math.Round((julianDate - FirstNewMoonOf2000) / SynodicMonth);

    /// <summary>The instant (UT) of the true new moon of lunation <paramref name="k"/>.</summary>
    public static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var t4 = t3 * t;
        var jde = FirstNewMoonOf2000 + SynodicMonth * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;

        var e = 1 - 0.002516 * t - 0.0000074 * t2;
        var sun = Radians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        var moon = Radians(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        var latitude = Radians(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        var node = Radians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

        var periodic =
            -0.40720 * Math.Sin(moon)
            + 0.17241 * e * Math.Sin(sun)
            + 0.01608 * Math.Sin(2 * moon)
            + 0.01039 * Math.Sin(2 * latitude)
            + 0.00739 * e * Math.Sin(moon - sun)
            - 0.00514 * e * Math.Sin(moon + sun)
            + 0.00208 * e * e * Math.Sin(2 * sun)
            - 0.00111 * Math.Sin(moon - 2 * latitude)
            - 0.00057 * Math.Sin(moon + 2 * latitude)
            + 0.00056 * e * Math.Sin(2 * moon + sun)
            - 0.00042 * Math.Sin(3 * moon)
            + 0.00042 * e * Math.Sin(sun + 2 * latitude)
            + 0.00038 * e * Math.Sin(sun - 2 * latitude)
            - 0.00024 * e * Math.Sin(2 * moon - sun)
            - 0.00017 * Math.Sin(node)
            - 0.00007 * Math.Sin(moon + 2 * sun)
            + 0.00004 * Math.Sin(2 * moon - 2 * latitude)
            + 0.00004 * Math.Sin(3 * sun)
            + 0.00003 * Math.Sin(moon + sun - 2 * latitude)
            + 0.00003 * Math.Sin(2 * moon + 2 * latitude)
            - 0.00003 * Math.Sin(moon + sun + 2 * latitude)
            + 0.00003 * Math.Sin(moon - sun + 2 * latitude)
            - 0.00002 * Math.Sin(moon - sun - 2 * latitude)
            - 0.00002 * Math.Sin(3 * moon + sun)
            + 0.00002 * Math.Sin(4 * moon);

        var planetary = 0.0;
        for (var i = 0; i < PlanetaryTerms.Length; i++)
        {
            var (constant, perLunation, amplitude) = PlanetaryTerms[i];
            var argument = constant + perLunation * k - (i == 0 ? 0.009173 * t2 : 0);
            planetary += amplitude * Math.Sin(Radians(argument));
        }

        var terrestrialTime = jde + periodic + planetary;
        return terrestrialTime - DeltaTSeconds(terrestrialTime) / 86400;
    }

    /// <summary>The Sun's apparent ecliptic longitude in degrees, 0 ≤ λ &lt; 360, at a Julian date (UT).</summary>
    public static double ApparentSunLongitude(double julianDateUt)
    {
        var jde = julianDateUt + DeltaTSeconds(julianDateUt) / 86400;
        var t = (jde - J2000) / 36525;
        var meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        var anomaly = Radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        var centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.Sin(anomaly)
                     + (0.019993 - 0.000101 * t) * Math.Sin(2 * anomaly)
                     + 0.000289 * Math.Sin(3 * anomaly);
        var node = Radians(125.04 - 1934.136 * t);
        // Aberration and the main term of nutation turn the true longitude into the apparent one.
        var apparent = meanLongitude + centre - 0.00569 - 0.00478 * Math.Sin(node);
        return ((apparent % 360) + 360) % 360;
    }

    /// <summary>TT − UT in seconds (Espenak and Meeus, 2006), by the decimal year of a Julian date.</summary>
    internal static double DeltaTSeconds(double julianDate)
    {
        var y = 2000 + (julianDate - J2000) / 365.25;
        double t;
        switch (y)
        {
            case < 1860:
                t = y - 1800;
                return 13.72 - 0.332447 * t + 0.0068612 * Math.Pow(t, 2) + 0.0041116 * Math.Pow(t, 3) - 0.00037436 * Math.Pow(t, 4)
                       + 0.0000121272 * Math.Pow(t, 5) - 0.0000001699 * Math.Pow(t, 6) + 0.000000000875 * Math.Pow(t, 7);
            case < 1900:
                t = y - 1860;
                return 7.62 + 0.5737 * t - 0.251754 * Math.Pow(t, 2) + 0.01680668 * Math.Pow(t, 3)
                       - 0.0004473624 * Math.Pow(t, 4) + Math.Pow(t, 5) / 233174;
            case < 1920:
                t = y - 1900;
                return -2.79 + 1.494119 * t - 0.0598939 * Math.Pow(t, 2) + 0.0061966 * Math.Pow(t, 3) - 0.000197 * Math.Pow(t, 4);
            case < 1941:
                t = y - 1920;
                return 21.20 + 0.84493 * t - 0.076100 * Math.Pow(t, 2) + 0.0020936 * Math.Pow(t, 3);
            case < 1961:
                t = y - 1950;
                return 29.07 + 0.407 * t - Math.Pow(t, 2) / 233 + Math.Pow(t, 3) / 2547;
            case < 1986:
                t = y - 1975;
                return 45.45 + 1.067 * t - Math.Pow(t, 2) / 260 - Math.Pow(t, 3) / 718;
            case < 2005:
                t = y - 2000;
                return 63.86 + 0.3345 * t - 0.060374 * Math.Pow(t, 2) + 0.0017275 * Math.Pow(t, 3)
                       + 0.000651814 * Math.Pow(t, 4) + 0.00002373599 * Math.Pow(t, 5);
            case < 2050:
                t = y - 2000;
                return 62.92 + 0.32217 * t + 0.005589 * t * t;
            case < 2150:
                return -20 + 32 * Math.Pow((y - 1820) / 100, 2) - 0.5628 * (2150 - y);
            default:
                return -20 + 32 * Math.Pow((y - 1820) / 100, 2);
        }
    }

    // Meeus's fourteen additional corrections for the planets (A1…A14): (degrees, degrees per lunation, days).
    private static readonly (double Constant, double PerLunation, double Amplitude)[] PlanetaryTerms =
    [
        (299.77, 0.107408, 0.000325),
        (251.88, 0.016321, 0.000165),
        (251.83, 26.651886, 0.000164),
        (349.42, 36.412478, 0.000126),
        (84.66, 18.206239, 0.000110),
        (141.74, 53.303771, 0.000062),
        (207.14, 2.453732, 0.000060),
        (154.84, 7.306860, 0.000056),
        (34.52, 27.261239, 0.000047),
        (207.19, 0.121824, 0.000042),
        (291.34, 1.844379, 0.000040),
        (161.72, 24.198154, 0.000037),
        (239.56, 25.513099, 0.000035),
        (331.55, 3.592518, 0.000023),
    ];

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
