namespace Contoso.Profiles;

/// <summary>
/// The values copied from the Microsoft Entra admin center, in one place. The GUIDs are fake
/// (aaaaaaaa…, bbbbbbbb…, cccccccc…): replace them with your tenant's.
/// </summary>
internal static class ContosoEntra
{
    /// <summary>Entra ID → Overview → Properties → Tenant ID. Jamf's Conditional Access guide asks for "the UUID of your Entra ID tenant", not a domain name.</summary>
    public const string TenantId = "aaaaaaaa-0000-4000-8000-000000000001";

    /// <summary>
    /// App registrations → "Jamf Connect - OIDC Endpoint" → Overview → Application (client) ID.
    /// Used for both the interactive sign-in and ROPG (Jamf, "Creating a Jamf Connect Configuration with Conditional Access").
    /// </summary>
    public const string OidcEndpointClientId = "bbbbbbbb-0000-4000-8000-000000000002";

    /// <summary>
    /// App registrations → "Jamf Connect - API" → Overview → Application (client) ID; its
    /// Expose an API → Application ID URI is <c>api://</c> + this ID, with the scope <c>jamfconnect</c>
    /// (Jamf, "Creating an Application Registration with a Custom API").
    /// </summary>
    public const string ApiAppId = "cccccccc-0000-4000-8000-000000000003";

    /// <summary>The custom API scope Conditional Access excludes from MFA.</summary>
    public const string JamfConnectApiScope = "api://" + ApiAppId + "/jamfconnect";

    /// <summary>ROPG asks for the MFA-excluded API plus the OIDC scopes (the Conditional Access guide's "ROPG Scopes").</summary>
    public const string RopgScopes = JamfConnectApiScope + "+openid+email+profile";

    /// <summary>Registered as a "Public client/native (mobile &amp; desktop)" redirect URI on the OIDC Endpoint app
    /// (Jamf, "Creating an Application Registration with a Custom Scope").</summary>
    public const string RedirectUri = "https://127.0.0.1/jamfconnect";

    /// <summary>The app role's Value (not its display name) in "Jamf Connect - OIDC Endpoint" → App roles (Jamf, "Designating App Roles").</summary>
    public const string AdminRole = "JamfConnectAdmin";
}
