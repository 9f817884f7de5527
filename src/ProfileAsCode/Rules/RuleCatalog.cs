namespace ProfileAsCode.Rules;

/// <summary>
/// Every diagnostic ID, in one table. The analyzer's descriptors, the build host's messages and
/// docs/rules/PACnnnn.md all come from here. Families: PAC1xxx Entra ID values, PAC2xxx Jamf Connect
/// settings, PAC3xxx profile structure, PAC4xxx Apple payloads against Apple's schema, PAC5xxx the profile against the exported Entra tenant, PAC9xxx build failures.
/// Names come in pairs that say one thing from two sides: a rule class names what must hold
/// (<c>ScopesNameOneResource</c>, <c>TenantMustBeGuid</c>), its descriptor here the failure it reports
/// (<c>ScopesNameSeveralResources</c>, <c>TenantNotGuid</c>). A rule class that serves several rules (the schema's
/// key checks) or a shared check (<c>PinnedUuidWellFormed</c> reporting <c>IdentifierInvalid</c>) keeps its own name.
/// </summary>
internal static class RuleCatalog
{
    public const string EntraCategory = "EntraId";
    public const string JamfConnectCategory = "JamfConnect";
    public const string StructureCategory = "ProfileStructure";
    public const string BuildCategory = "Build";

    /// <summary>PAC4xxx: Apple payloads checked against Apple's device-management schema (Rules/Apple).</summary>
    public const string ApplePayloadCategory = "ApplePayload";

    /// <summary>PAC5xxx: the profile checked against JSON exported from the Entra tenant (Rules/Tenant).</summary>
    public const string EntraTenantCategory = "EntraTenant";

    /// <summary>Rules only an existing .mobileconfig can break (its envelope), checked by <c>profile-as-code validate</c>; no analyzer reports them.</summary>
    public const string ProfileFileCategory = "ProfileFile";

    /// <summary>Rule pages live in the repository's docs/rules folder.</summary>
    public const string HelpLinkBase = "https://github.com/ProfileAsCode/ProfileAsCode/blob/main/docs/rules/";

    public static readonly RuleDescriptor TenantNotGuid = New("PAC1001", EntraCategory, RuleSeverity.Error, "Entra tenant ID is not a GUID");
    public static readonly RuleDescriptor TenantIsDomainName = New("PAC1002", EntraCategory, RuleSeverity.Warning, "Entra tenant given as a domain name");
    public static readonly RuleDescriptor TenantIsCommonOrConsumers = New("PAC1003", EntraCategory, RuleSeverity.Error, "Entra tenant is 'common' or 'consumers'");
    public static readonly RuleDescriptor TenantIsOrganizations = New("PAC1004", EntraCategory, RuleSeverity.Warning, "Entra tenant is 'organizations'");
    public static readonly RuleDescriptor TenantsDisagree = New("PAC1005", EntraCategory, RuleSeverity.Warning, "Entra tenants in one profile disagree");
    public static readonly RuleDescriptor ClientIdNotGuid = New("PAC1010", EntraCategory, RuleSeverity.Error, "Entra client ID is not a GUID");
    public static readonly RuleDescriptor RopgClientIdDiffers = New("PAC1011", EntraCategory, RuleSeverity.Warning, "ROPG client ID differs from the OIDC client ID");
    public static readonly RuleDescriptor ScopeListMalformed = New("PAC1020", EntraCategory, RuleSeverity.Error, "Scope list is malformed");
    public static readonly RuleDescriptor PlaceholderLeft = New("PAC1021", EntraCategory, RuleSeverity.Error, "A placeholder was left in a value");
    public static readonly RuleDescriptor CustomScopeMalformed = New("PAC1022", EntraCategory, RuleSeverity.Error, "Custom API scope is malformed");
    public static readonly RuleDescriptor ScopesNameSeveralResources = New("PAC1023", EntraCategory, RuleSeverity.Error, "Scopes name more than one resource");
    public static readonly RuleDescriptor OpenIdMissing = New("PAC1024", EntraCategory, RuleSeverity.Error, "'openid' is missing from the scopes");
    public static readonly RuleDescriptor DuplicateScope = New("PAC1025", EntraCategory, RuleSeverity.Warning, "Scope is listed twice");
    public static readonly RuleDescriptor RopgScopesLackCustomApi = New("PAC1026", EntraCategory, RuleSeverity.Warning, "ROPG scopes request no custom API scope");
    public static readonly RuleDescriptor InteractiveScopesSkipMfa = New("PAC1027", EntraCategory, RuleSeverity.Info, "OIDC scopes request the MFA-excluded custom API scope");
    public static readonly RuleDescriptor OktaIdentityEngineNeedsSpaces = New("PAC1028", EntraCategory, RuleSeverity.Error, "Okta Identity Engine scopes must be separated by spaces");
    public static readonly RuleDescriptor AppIdUriOutsidePatterns = New("PAC1029", EntraCategory, RuleSeverity.Warning, "Application ID URI is outside Microsoft's current patterns");

    public static readonly RuleDescriptor RequiredKeyMissing = New("PAC2001", JamfConnectCategory, RuleSeverity.Error, "A key the identity provider requires is missing");
    public static readonly RuleDescriptor UriInvalid = New("PAC2002", JamfConnectCategory, RuleSeverity.Error, "URI is not absolute or has the wrong scheme");
    public static readonly RuleDescriptor ConflictingSettings = New("PAC2003", JamfConnectCategory, RuleSeverity.Error, "Settings conflict");
    public static readonly RuleDescriptor AdminRolesMisconfigured = New("PAC2004", JamfConnectCategory, RuleSeverity.Warning, "Admin roles are misconfigured");
    public static readonly RuleDescriptor SecretInSource = New("PAC2005", JamfConnectCategory, RuleSeverity.Warning, "Client secret is written as a literal");
    public static readonly RuleDescriptor UnknownKey = New("PAC2006", JamfConnectCategory, RuleSeverity.Warning, "Key is unknown to this Jamf Connect domain");
    public static readonly RuleDescriptor WrongKeyType = New("PAC2007", JamfConnectCategory, RuleSeverity.Error, "Jamf Connect key has the wrong property-list type");
    public static readonly RuleDescriptor UrlNotHttps = New("PAC2008", JamfConnectCategory, RuleSeverity.Warning, "URL uses http instead of https");
    public static readonly RuleDescriptor NotReadByTargetVersion = New("PAC2009", JamfConnectCategory, RuleSeverity.Warning, "Setting is not read by the Jamf Connect version the project targets");

    public static readonly RuleDescriptor IdentifierInvalid = New("PAC3001", StructureCategory, RuleSeverity.Error, "Identifier is empty or has characters a profile cannot keep");
    public static readonly RuleDescriptor IdentifierDuplicated = New("PAC3002", StructureCategory, RuleSeverity.Error, "Identifier is used twice");
    public static readonly RuleDescriptor IllegalXmlCharacter = New("PAC3003", StructureCategory, RuleSeverity.Error, "String contains a character illegal in XML 1.0");
    public static readonly RuleDescriptor TypeNotRepresentable = New("PAC3004", StructureCategory, RuleSeverity.Error, "Property type cannot be represented in a property list");
    public static readonly RuleDescriptor KeyCollision = New("PAC3005", StructureCategory, RuleSeverity.Error, "Two properties map to the same key, or to a reserved Payload* key");
    public static readonly RuleDescriptor ProfileKeyInvalid = New("PAC3006", ProfileFileCategory, RuleSeverity.Error, "A profile or payload key is missing or has the wrong type");
    public static readonly RuleDescriptor PayloadValueUnsupported = New("PAC3007", ProfileFileCategory, RuleSeverity.Error, "PayloadType or PayloadVersion has a value Apple does not define");
    public static readonly RuleDescriptor UuidDuplicated = New("PAC3008", ProfileFileCategory, RuleSeverity.Error, "PayloadUUID is used twice");
    public static readonly RuleDescriptor PayloadReusesProfileIdentifier = New("PAC3009", StructureCategory, RuleSeverity.Warning, "Payload reuses the profile's identifier");
    public static readonly RuleDescriptor IdentifierNotReverseDns = New("PAC3010", StructureCategory, RuleSeverity.Warning, "Identifier is not reverse-DNS style");

    // PAC4xxx: Apple payloads × Apple's device-management schema (Rules/Apple/AppleSchemas.cs).
    public static readonly RuleDescriptor AppleRequiredKeyMissing = New("PAC4001", ApplePayloadCategory, RuleSeverity.Error, "A key Apple's schema requires is missing");
    public static readonly RuleDescriptor AppleValueNotAllowed = New("PAC4002", ApplePayloadCategory, RuleSeverity.Warning, "Value is not one Apple's schema allows");
    public static readonly RuleDescriptor AppleNumberOutOfRange = New("PAC4003", ApplePayloadCategory, RuleSeverity.Warning, "Number is outside the range Apple's schema allows");
    public static readonly RuleDescriptor AppleNotAvailable = New("PAC4004", ApplePayloadCategory, RuleSeverity.Warning, "Payload or key is not available on the profile's minimum macOS");
    public static readonly RuleDescriptor AppleUnknownKey = New("PAC4005", ApplePayloadCategory, RuleSeverity.Warning, "Key is not defined by the Apple payload");
    public static readonly RuleDescriptor AppleWrongKeyType = New("PAC4006", ApplePayloadCategory, RuleSeverity.Warning, "Apple payload key has the wrong property-list type");
    public static readonly RuleDescriptor ApplePayloadNotInstallable = New("PAC4007", ApplePayloadCategory, RuleSeverity.Error, "Payload cannot be installed this way on macOS");

    // PAC5xxx: profile × exported Entra tenant (Rules/Tenant/TenantChecks.cs).
    public static readonly RuleDescriptor TenantNotExported = New("PAC5001", EntraTenantCategory, RuleSeverity.Error, "Tenant in the profile is not the exported tenant");
    public static readonly RuleDescriptor ClientIdNotInTenant = New("PAC5002", EntraTenantCategory, RuleSeverity.Error, "Client ID matches no exported app");
    public static readonly RuleDescriptor ClientIdIsApiApp = New("PAC5003", EntraTenantCategory, RuleSeverity.Error, "Client ID is the API app, not the OIDC Endpoint app");
    public static readonly RuleDescriptor PublicClientFlowsOff = New("PAC5004", EntraTenantCategory, RuleSeverity.Error, "'Allow public client flows' is off on the ROPG client");
    public static readonly RuleDescriptor RedirectUriNotPublicClient = New("PAC5005", EntraTenantCategory, RuleSeverity.Error, "Redirect URI is not a public-client redirect URI of the client");
    public static readonly RuleDescriptor ScopeResourceNotExported = New("PAC5006", EntraTenantCategory, RuleSeverity.Error, "ROPG scope's resource is no exported Application ID URI");
    public static readonly RuleDescriptor ScopeNotEnabled = New("PAC5007", EntraTenantCategory, RuleSeverity.Error, "Scope is not an enabled scope of the API app");
    public static readonly RuleDescriptor ApiAppWithoutServicePrincipal = New("PAC5008", EntraTenantCategory, RuleSeverity.Error, "API app has no service principal in the tenant");
    public static readonly RuleDescriptor ScopeNotRequested = New("PAC5009", EntraTenantCategory, RuleSeverity.Error, "Client does not request the API scope");
    public static readonly RuleDescriptor ScopeNotConsented = New("PAC5010", EntraTenantCategory, RuleSeverity.Error, "No admin consent grant covers the API scope");
    public static readonly RuleDescriptor MfaPolicyCoversRopg = New("PAC5011", EntraTenantCategory, RuleSeverity.Error, "An MFA policy covers the ROPG sign-in");
    public static readonly RuleDescriptor BlockPolicyCoversRopg = New("PAC5012", EntraTenantCategory, RuleSeverity.Error, "A block or device-compliance policy covers the ROPG sign-in");
    public static readonly RuleDescriptor InteractiveScopesRequestExcludedApi = New("PAC5013", EntraTenantCategory, RuleSeverity.Warning, "OIDC scopes request the MFA-excluded API");
    public static readonly RuleDescriptor MfaPolicyNotEnforced = New("PAC5014", EntraTenantCategory, RuleSeverity.Warning, "The MFA policy is report-only or disabled");
    public static readonly RuleDescriptor AdminRoleNotAppRole = New("PAC5015", EntraTenantCategory, RuleSeverity.Warning, "Admin role is not an enabled app role of the client");
    public static readonly RuleDescriptor SecretOnPublicClient = New("PAC5016", EntraTenantCategory, RuleSeverity.Warning, "Secret configured on a public client or sent by the profile");

    public static readonly RuleDescriptor ProfileThrew = New("PAC9001", BuildCategory, RuleSeverity.Error, "Profile could not be built");
    public static readonly RuleDescriptor BuildSetupFailed = New("PAC9002", BuildCategory, RuleSeverity.Error, "ProfileAsCode could not run in this build");
    public static readonly RuleDescriptor SigningFailed = New("PAC9003", BuildCategory, RuleSeverity.Error, "Profiles could not be signed");

    private static RuleDescriptor[]? all;

    /// <summary>All descriptors, in ID order.</summary>
    public static IReadOnlyList<RuleDescriptor> All => all ??= new[]
    {
        TenantNotGuid, TenantIsDomainName, TenantIsCommonOrConsumers, TenantIsOrganizations, TenantsDisagree,
        ClientIdNotGuid, RopgClientIdDiffers,
        ScopeListMalformed, PlaceholderLeft, CustomScopeMalformed, ScopesNameSeveralResources, OpenIdMissing,
        DuplicateScope, RopgScopesLackCustomApi, InteractiveScopesSkipMfa, OktaIdentityEngineNeedsSpaces, AppIdUriOutsidePatterns,
        RequiredKeyMissing, UriInvalid, ConflictingSettings, AdminRolesMisconfigured, SecretInSource,
        UnknownKey, WrongKeyType, UrlNotHttps, NotReadByTargetVersion,
        IdentifierInvalid, IdentifierDuplicated, IllegalXmlCharacter, TypeNotRepresentable, KeyCollision,
        ProfileKeyInvalid, PayloadValueUnsupported, UuidDuplicated, PayloadReusesProfileIdentifier, IdentifierNotReverseDns,
        AppleRequiredKeyMissing, AppleValueNotAllowed, AppleNumberOutOfRange, AppleNotAvailable, AppleUnknownKey, AppleWrongKeyType, ApplePayloadNotInstallable,
        TenantNotExported, ClientIdNotInTenant, ClientIdIsApiApp, PublicClientFlowsOff, RedirectUriNotPublicClient,
        ScopeResourceNotExported, ScopeNotEnabled, ApiAppWithoutServicePrincipal, ScopeNotRequested, ScopeNotConsented,
        MfaPolicyCoversRopg, BlockPolicyCoversRopg, InteractiveScopesRequestExcludedApi, MfaPolicyNotEnforced,
        AdminRoleNotAppRole, SecretOnPublicClient,
        ProfileThrew, BuildSetupFailed, SigningFailed,
    };

    public static string HelpLinkFor(string id) => HelpLinkBase + id + ".md";

    /// <summary>
    /// Whether a rule can be decided from C# source, i.e. the analyzer reports it. Build-step
    /// failures (PAC9xxx) and problems only an existing profile file can have are not. The tenant checks
    /// (PAC5xxx) are: the analyzer reads the project's tenant exports (ProfileAsCodeTenantExport) as additional files.
    /// </summary>
    public static bool AppliesToSource(RuleDescriptor rule) =>
        rule.Category != BuildCategory && rule.Category != ProfileFileCategory;

    public static RuleDescriptor? Find(string id)
    {
        foreach (var rule in All)
        {
            if (rule.Id == id)
            {
                return rule;
            }
        }

        return null;
    }

    private static RuleDescriptor New(string id, string category, RuleSeverity severity, string title) => new(id, category, severity, title);
}
