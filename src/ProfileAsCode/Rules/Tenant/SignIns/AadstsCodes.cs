namespace ProfileAsCode.Rules.Tenant.SignIns;

/// <summary>Whose problem a failure is.</summary>
internal enum FailureKind
{
    /// <summary>The tenant or the profile is set up wrongly: the design is not met.</summary>
    Configuration,

    /// <summary>One user's account or input (wrong password, locked, expired): the setup may be fine.</summary>
    Account,

    /// <summary>Part of a working interactive sign-in (the MFA prompt itself is logged as an interrupted attempt).</summary>
    Expected,
}

/// <summary>An AADSTS code explained for a Jamf Connect + Entra ID setup, in our words.</summary>
internal sealed class AadstsCode
{
    public AadstsCode(long code, string meaning, string cause, string fix, string source, FailureKind kind)
    {
        Code = code;
        Meaning = meaning;
        Cause = cause;
        Fix = fix;
        Source = source;
        Kind = kind;
    }

    public long Code { get; }

    public string Meaning { get; }

    /// <summary>What typically causes it with Jamf Connect.</summary>
    public string Cause { get; }

    public string Fix { get; }

    /// <summary>A public URL.</summary>
    public string Source { get; }

    public FailureKind Kind { get; }
}

/// <summary>
/// The AADSTS codes a Jamf Connect login window or ROPG password check meets, with their cause in this setup
/// and the fix. Meanings follow Microsoft's table (https://learn.microsoft.com/entra/identity-platform/reference-error-codes,
/// current text at https://login.microsoftonline.com/error?code=N); codes missing from it cite where they were observed.
/// </summary>
internal static class AadstsCodes
{
    public const string ErrorTable = "https://learn.microsoft.com/entra/identity-platform/reference-error-codes";
    private const string Ropc = "https://learn.microsoft.com/entra/identity-platform/v2-oauth-ropc";
    private const string ExcludeApi = "exclude the API app (by its appId) from the policy: Conditional Access → Policies → the policy → Target resources → Exclude";

    private static readonly AadstsCode[] Table =
    {
        new(50011, "the redirect URI does not match the app's", "OIDCRedirectURI is not registered on the OIDC Endpoint app", "add the exact URI under App registrations → the app → Authentication → Mobile and desktop applications (PAC5005)", ErrorTable, FailureKind.Configuration),
        new(50034, "the user account does not exist in this directory", "a mistyped user name, or the user lives in another tenant than OIDCTenant/ROPGTenant", "check the user name and the tenant (PAC5001)", ErrorTable, FailureKind.Account),
        new(50053, "the account is locked (too many wrong passwords) or the sign-in came from a blocked IP address", "repeated wrong passwords, ROPG retries included", "wait for the lockout to end or unblock the user", ErrorTable, FailureKind.Account),
        new(50055, "the password has expired", "the user's cloud password expired", "the user resets the password (self-service or an administrator)", ErrorTable, FailureKind.Account),
        new(50056, "no password is stored for the user", "a passwordless or federated user: ROPC needs a cloud password", "password hash sync with a home realm discovery policy allowing cloud password validation, or ROPGProvider Custom against AD FS", Ropc, FailureKind.Account),
        new(50057, "the user account is disabled", "the account is disabled", "enable the account", ErrorTable, FailureKind.Account),
        new(50074, "strong authentication (MFA) is required", "interactive: the MFA prompt itself; ROPG: an MFA policy reaches the API", "interactive: nothing; ROPG: " + ExcludeApi + " (PAC5011)", ErrorTable, FailureKind.Configuration),
        new(50076, "multifactor authentication is required to access the resource", "an MFA policy still covers the ROPG resource, per-user MFA, or ROPGScopes without the custom API scope since Microsoft's 2026 change to 'All resources' policies", "in every MFA policy, " + ExcludeApi + "; request the custom API in ROPGScopes (PAC5011, PAC1026); per-user MFA cannot be excluded per app", ErrorTable, FailureKind.Configuration),
        new(50079, "the user must register for multifactor authentication", "an MFA policy requires MFA of a user without a registered method", "ROPG: " + ExcludeApi + "; the user registers an MFA method", ErrorTable, FailureKind.Configuration),
        new(50105, "the user is not assigned a role for the app", "Assignment required is on for the enterprise application and the user is not assigned", "assign the user or a group (Enterprise applications → the app → Users and groups) or turn Assignment required off", ErrorTable, FailureKind.Configuration),
        new(50126, "invalid user name or password", "the user typed a wrong password: the failure ROPG exists to detect", "none: the user retries", ErrorTable, FailureKind.Account),
        new(50140, "the 'Stay signed in?' interrupt", "part of an interactive sign-in", "none", ErrorTable, FailureKind.Expected),
        new(50158, "an external security challenge was not satisfied", "a policy with a custom control covers the ROPG resource", ExcludeApi + " (PAC5012)", ErrorTable, FailureKind.Configuration),
        new(50194, "the app is not multi-tenant, so the /common endpoint is not supported", "OIDCTenant or ROPGTenant is 'common' while the app is single-tenant", "write the tenant GUID (PAC1003)", ErrorTable, FailureKind.Configuration),
        new(53000, "the device must be compliant", "a device-compliance policy covers the ROPG resource", ExcludeApi + " (PAC5012)", ErrorTable, FailureKind.Configuration),
        new(53001, "the device must be domain-joined", "a hybrid-join policy covers the ROPG resource", ExcludeApi + " (PAC5012)", ErrorTable, FailureKind.Configuration),
        new(53003, "access blocked by Conditional Access", "a block policy (location, platform, client app type) covers the ROPG resource", ExcludeApi + ", or narrow the policy's conditions (PAC5012)", ErrorTable, FailureKind.Configuration),
        new(530003, "the device must be managed (not in Microsoft's table)", "a device or app management requirement of Conditional Access", ExcludeApi + " (PAC5012)", "https://github.com/Azure/azure-cli/issues/29282", FailureKind.Configuration),
        new(65001, "the user or administrator has not consented to the app", "no admin consent for the jamfconnect permission (ROPG cannot prompt for consent)", "App registrations → the OIDC Endpoint app → API permissions → Grant admin consent (PAC5010)", Ropc, FailureKind.Configuration),
        new(70011, "the scope is invalid", "a malformed ROPGScopes or OIDCScopes value (commas, a missing api://, a wrong URI form)", "fix the scope list (PAC1020, PAC1022)", ErrorTable, FailureKind.Configuration),
        new(90002, "the tenant was not found", "a mistyped tenant GUID, or a tenant of another cloud", "write the tenant GUID from Entra ID → Overview (PAC5001)", ErrorTable, FailureKind.Configuration),
        new(500011, "the resource principal was not found in the tenant", "the API app has no enterprise application, or the scope's Application ID URI is wrong", "create the service principal (az ad sp create --id <API appId>) or fix the URI (PAC5006, PAC5008)", ErrorTable, FailureKind.Configuration),
        new(650053, "the scope does not exist on the resource (not in Microsoft's table)", "the permission value is mistyped or the scope is disabled", "fix the value or enable the scope under Expose an API (PAC5007)", "https://github.com/MicrosoftDocs/azure-docs/issues/67211", FailureKind.Configuration),
        new(650057, "the resource is not among the client's requested permissions", "the OIDC Endpoint app does not list the API's jamfconnect permission", "App registrations → the OIDC Endpoint app → API permissions → Add a permission → My APIs (PAC5009)", ErrorTable, FailureKind.Configuration),
        new(700016, "the application was not found in the tenant", "OIDCClientID, OIDCROPGID or ROPGID is wrong, or the app lives in another tenant", "write the OIDC Endpoint app's Application (client) ID (PAC5002)", ErrorTable, FailureKind.Configuration),
        new(700022, "the scope names more than one resource", "a scope list with the custom API and a Graph scope such as User.Read", "one resource plus openid, email, profile (PAC1023)", ErrorTable, FailureKind.Configuration),
        new(28000, "the scope names more than one resource (seen at the token endpoint, not in Microsoft's table)", "as AADSTS700022", "one resource plus openid, email, profile (PAC1023)", "https://github.com/AzureAD/microsoft-authentication-library-for-js/issues/1487", FailureKind.Configuration),
        new(7000218, "the request must contain client_assertion or client_secret", "the client is treated as confidential: Allow public client flows is off, or the redirect URI is registered under Web", "Allow public client flows → Yes, and register the redirect URI under Mobile and desktop applications (PAC5004, PAC5005)", "https://github.com/Azure/azure-sdk-for-go/issues/22386", FailureKind.Configuration),
        new(700025, "a public client must not send a client secret", "OIDCClientSecret or ROPGClientSecret is set for the public OIDC Endpoint app", "remove the secret from the profile (PAC5016)", ErrorTable, FailureKind.Configuration),
        new(9001023, "this grant type is not supported on /common or /consumers", "ROPGTenant is 'common' or 'consumers'", "write the tenant GUID (PAC1003)", Ropc, FailureKind.Configuration),
        new(9002327, "tokens for single-page applications can only be redeemed by cross-origin requests", "the redirect URI is registered as a single-page application", "register it under Mobile and desktop applications (PAC5005)", "https://github.com/AzureAD/microsoft-authentication-library-for-js/issues/2458", FailureKind.Configuration),
    };

    /// <summary>The entry for <paramref name="code"/>; an unknown code gets a generic one pointing at Microsoft's lookup page.</summary>
    public static AadstsCode Explain(long code)
    {
        foreach (var entry in Table)
        {
            if (entry.Code == code)
            {
                return entry;
            }
        }

        return new AadstsCode(code, "not one of the codes this setup usually meets", "see Microsoft's description", "look the code up", "https://login.microsoftonline.com/error?code=" + code, FailureKind.Configuration);
    }
}
