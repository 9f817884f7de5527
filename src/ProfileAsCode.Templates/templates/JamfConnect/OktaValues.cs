namespace Company.Profiles;

/// <summary>
/// The values to copy from the Okta Admin Console, in one place. README.md maps each to its place.
/// </summary>
internal static class OktaValues
{
    /// <summary>
    /// Your Okta domain, e.g. <c>yourcompany.okta.com</c>: the Okta Admin Console's address without
    /// <c>https://</c> and without <c>-admin</c> (also shown under your user name in the console's
    /// header). Left unset on purpose: until you write it here, `dotnet build` stops with PAC2001
    /// for AuthServer and IdPSettings.OktaAuthServer.
    /// </summary>
    public const string? OktaDomain = null;

    /// <summary>Jamf's recommended redirect URI; register it on any Okta OIDC app integration Jamf Connect uses.</summary>
    public const string RedirectUri = "https://127.0.0.1/jamfconnect";
}
