using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.Rules.JamfConnect;

/// <summary>
/// What Jamf's documentation says about versions. Jamf Connect 2.15.0's "Login Window Preferences" lists the
/// identity providers Azure, IBMCI, GoogleID, OneLogin, Okta, PingFederate and Custom; today's "Login Window
/// Authentication Settings" adds EntraID ("formerly Azure"), OktaIdentityEngine and Okta-OIDC. The release that
/// added them is not documented, so only versions up to 2.15 are known not to read them. Self Service+ replaces
/// the menu bar app from Jamf Connect 3.0 ("Creating a Jamf Connect Configuration with Conditional Access").
/// </summary>
internal static class JamfConnectVersions
{
    /// <summary>The last version whose documentation lists none of <see cref="LaterProviders"/>.</summary>
    public static readonly Version LastWithoutLaterProviders = new(2, 15);

    public static readonly Version SelfServicePlus = new(3, 0);

    /// <summary>Provider values today's documentation lists and 2.15.0's does not.</summary>
    public static readonly string[] LaterProviders = { IdentityProviders.EntraId, IdentityProviders.OktaIdentityEngine, IdentityProviders.OktaOidc };

    /// <summary>"2.45.1", "3", "v3.2" → a version; null when empty or not a version.</summary>
    public static Version? Parse(string? text)
    {
        var trimmed = text?.Trim().TrimStart('v', 'V');
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return Version.TryParse(trimmed!.IndexOf('.') < 0 ? trimmed + ".0" : trimmed, out var version) ? version : null;
    }

    /// <summary>The version is at or below <paramref name="last"/> in its major and minor numbers (2.15.3 counts as 2.15).</summary>
    public static bool AtMost(Version version, Version last) =>
        version.Major < last.Major || (version.Major == last.Major && version.Minor <= last.Minor);
}
