namespace Company.Profiles;

/// <summary>
/// The values to copy from the Microsoft Entra admin center (https://entra.microsoft.com), in one place.
/// Each starts as a placeholder in angle brackets: until you replace it, `dotnet build` stops with
/// PAC1021 at every key that uses it, naming the key and where the value comes from. README.md maps
/// each value to its place in the admin center.
/// </summary>
internal static class EntraValues
{
    /// <summary>Entra ID → Overview → Properties → Tenant ID: a GUID, not a domain name.</summary>
    public const string TenantId = "<Tenant ID of your Entra tenant>";

    /// <summary>
    /// App registrations → "Jamf Connect - OIDC Endpoint" → Overview → Application (client) ID.
    /// Used for both the interactive sign-in and ROPG.
    /// </summary>
    public const string OidcEndpointClientId = "<Application client ID of the Jamf Connect - OIDC Endpoint app registration>";

    /// <summary>
    /// App registrations → "Jamf Connect - API" → Overview → Application (client) ID; its
    /// Expose an API → Application ID URI is <c>api://</c> + this ID, with the scope <c>jamfconnect</c>.
    /// </summary>
    public const string ApiAppId = "<Application client ID of the Jamf Connect - API app registration>";

    /// <summary>The custom API scope your Conditional Access policy excludes from MFA.</summary>
    public const string JamfConnectApiScope = "api://" + ApiAppId + "/jamfconnect";

    /// <summary>ROPG asks for the MFA-excluded API plus the OIDC scopes.</summary>
    public const string RopgScopes = JamfConnectApiScope + "+openid+email+profile";

    /// <summary>Registered as a "Public client/native (mobile &amp; desktop)" redirect URI on the OIDC Endpoint app.</summary>
    public const string RedirectUri = "https://127.0.0.1/jamfconnect";

    /// <summary>The app role's Value (not its display name) in "Jamf Connect - OIDC Endpoint" → App roles.</summary>
    public const string AdminRole = "JamfConnectAdmin";
}
