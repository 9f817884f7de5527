namespace ProfileAsCode.Rules.Tenant;

/// <summary>
/// PAC5005: OIDCRedirectURI is registered, exactly, as a "Mobile and desktop applications" redirect URI
/// (<c>publicClient.redirectUris</c>) of the OIDC client, as Jamf's guide registers
/// <c>https://127.0.0.1/jamfconnect</c>. Not registered: AADSTS50011. Registered under Web only: the
/// code is redeemed as by a confidential client, AADSTS7000218
/// (https://github.com/Azure/azure-sdk-for-go/issues/22386). Under Single-page application only:
/// AADSTS9002327 (https://github.com/AzureAD/microsoft-authentication-library-for-js/issues/2458).
/// </summary>
internal static class RedirectUriIsPublicClient
{
    public static void Check(TenantCheck check)
    {
        var key = check.Profile.RedirectUri;
        var client = check.Profile.InteractiveClientId;
        var app = client is null ? null : check.ClientApplicationOf(client);
        if (key is null || app is null)
        {
            return;
        }

        if (app.PublicClientRedirectUris is not { } registered)
        {
            check.NotCheckable(RuleCatalog.RedirectUriNotPublicClient, $"the export of {TenantText.App(app)} does not carry publicClient.redirectUris.");
            return;
        }

        var uri = key.Value.AsString!;
        if (registered.Contains(uri, StringComparer.Ordinal))
        {
            return;
        }

        var fix = $"Fix: {TenantText.AppRegistration(app, "Authentication → Add a platform → Mobile and desktop applications")} → add {TenantText.Quoted(uri)} exactly.";
        var near = registered.FirstOrDefault(r => string.Equals(r.TrimEnd('/'), uri.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
        string message;
        if (near is not null)
        {
            message = $"{key.KeyPath} {TenantText.Quoted(uri)} differs from the registered public-client redirect URI {TenantText.Quoted(near)} of {TenantText.App(app)} only in case or a trailing '/'. Entra compares redirect URIs exactly, so the login window fails with AADSTS50011 (redirect URI mismatch). Write {TenantText.Quoted(near)}, or register this spelling.";
        }
        else if (Contains(app.WebRedirectUris, uri))
        {
            message = $"{key.KeyPath} {TenantText.Quoted(uri)} is registered on {TenantText.App(app)} under the Web platform, not under Mobile and desktop applications. A Web redirect makes Entra treat the code exchange as a confidential client's, and the login window fails with AADSTS7000218 (client_assertion or client_secret required). Move the URI: delete it under Web; {fix}";
        }
        else if (Contains(app.SpaRedirectUris, uri))
        {
            message = $"{key.KeyPath} {TenantText.Quoted(uri)} is registered on {TenantText.App(app)} under Single-page application, whose codes can only be redeemed by a browser's cross-origin request: the login window fails with AADSTS9002327. Move the URI: delete it under Single-page application; {fix}";
        }
        else
        {
            var known = registered.Count == 0 ? "no public-client redirect URI" : "only " + string.Join(", ", registered.Take(3).Select(TenantText.Quoted)) + " as public-client redirect URIs";
            message = $"{key.KeyPath} {TenantText.Quoted(uri)} is not a redirect URI of {TenantText.App(app)}, which has {known}. The login window then fails with AADSTS50011 (the redirect URI does not match those configured). {fix}";
        }

        check.Report(RuleCatalog.RedirectUriNotPublicClient, key, message, near);
    }

    private static bool Contains(IReadOnlyList<string>? uris, string uri) => uris is not null && uris.Contains(uri, StringComparer.Ordinal);
}
