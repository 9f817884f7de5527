using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// PAC5016: Jamf's OIDC Endpoint app is a public client and needs no secret. A secret in the profile
/// (OIDCClientSecret, ROPGClientSecret, IdPSettings.ClientSecret), if Jamf Connect sends it, is refused
/// with AADSTS700025 ("client is public so neither client_assertion nor client_secret should be
/// presented", https://learn.microsoft.com/entra/identity-platform/reference-error-codes); that Jamf Connect
/// sends a configured secret is not documented. A client secret on the app registration is a credential
/// nothing needs and that can leak.
/// </summary>
internal static class PublicClientHasNoSecret
{
    public static void Check(TenantCheck check)
    {
        var clients = new List<(KeyFact Key, EntraApplication App)>();
        foreach (var key in check.Profile.ClientIds)
        {
            if (check.ClientApplicationOf(key) is { } app && IsPublic(app) && !clients.Any(c => c.App == app))
            {
                clients.Add((key, app));
            }
        }

        if (clients.Count == 0)
        {
            return;
        }

        foreach (var secret in check.Profile.Secrets)
        {
            var client = clients[0].App;
            check.Report(
                RuleCatalog.SecretOnPublicClient,
                secret,
                $"{secret.KeyPath} is set, but {TenantText.App(client)} is a public client (Allow public client flows on, a Mobile and desktop redirect URI). Entra refuses a secret from a public client with AADSTS700025; whether Jamf Connect sends it is not documented. Remove {secret.KeyPath} from the profile.");
        }

        foreach (var (key, app) in clients)
        {
            if (app.PasswordCredentials is { Count: > 0 } secrets)
            {
                var names = string.Join(", ", secrets.Take(3).Select(s => "'" + TenantText.Name(s.DisplayName ?? s.Hint) + "'"));
                check.Report(
                    RuleCatalog.SecretOnPublicClient,
                    key,
                    $"{key.KeyPath} names {TenantText.App(app)}, a public client that has {secrets.Count} client secrets ({names}). Neither the login window nor the ROPG check uses one; a secret nothing needs is a credential that can leak. Delete it: {TenantText.AppRegistration(app, "Certificates & secrets")}.");
            }
        }
    }

    private static bool IsPublic(EntraApplication app) =>
        app.IsFallbackPublicClient == true || (app.PublicClientRedirectUris is { Count: > 0 } && app.WebRedirectUris is not { Count: > 0 });
}
