using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// The one entry point of the tenant checks (PAC5001–PAC5016): a profile's facts against the model of
/// the exported Entra tenant. Pure: no I/O, same input, same findings, in rule order. Findings carry the
/// <see cref="KeyFact.Origin"/> of the profile key they concern, so the analyzer can report them at the
/// literal and the build at the property. What the exports cannot show comes back as
/// <see cref="TenantCheckResult.NotCheckable"/>.
/// </summary>
internal static class TenantChecks
{
    public static TenantCheckResult Check(ProfileFacts profile, TenantModel tenant)
    {
        var settings = EntraProfile.From(profile);
        var check = new TenantCheck(settings, tenant);
        if (settings.IsEmpty)
        {
            return check.Result;
        }

        TenantMatchesExport.Check(check);
        ClientIdExistsInTenant.Check(check);
        ClientIsNotApiApp.Check(check);
        RopgClientAllowsPublicFlows.Check(check);
        RedirectUriIsPublicClient.Check(check);
        ScopeResourceIsExported.Check(check);
        ScopeIsEnabledOnApi.Check(check);
        ApiAppHasServicePrincipal.Check(check);
        ClientRequestsScope.Check(check);
        ScopeHasAdminConsent.Check(check);
        MfaPolicyExcludesApi.Check(check);
        NoBlockOrDevicePolicyOnRopg.Check(check);
        InteractiveScopesKeepTenantMfa.Check(check);
        MfaPolicyEnforced.Check(check);
        AdminRolesAreAppRoles.Check(check);
        PublicClientHasNoSecret.Check(check);
        return check.Result;
    }
}
