using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.Rules.Entra;

/// <summary>
/// PAC1022: a custom API scope Entra cannot parse. A scope is <c>&lt;resource&gt;/&lt;permission&gt;</c>; the
/// resource must be an <c>api://</c> or <c>https://</c> URI or an application ID, otherwise Entra answers
/// AADSTS70011 ("Scope must be in a valid URI form https://example/scope or a valid Guid&lt;guid/scope&gt;";
/// https://learn.microsoft.com/entra/identity-platform/reference-error-codes). The permission value follows
/// Microsoft Graph's permissionScope rules (https://learn.microsoft.com/graph/api/resources/permissionscope).
/// A URI Entra can read but that is outside Microsoft's newer patterns is PAC1029's warning.
/// </summary>
internal static class CustomScopeWellFormed
{
    public static void Check(ScopeCheck check, List<Finding> findings)
    {
        if (!check.Key.AppliesToEntra)
        {
            return;
        }

        foreach (var token in check.Scopes.Tokens.Where(t => t.Kind == ScopeTokenKind.Resource))
        {
            var problem = (token.IsGraph ? null : AppIdUri.UnparseableProblem(token.Resource))
                ?? AppIdUri.PermissionProblem(token.Permission)
                ?? BareNameProblem(token);
            if (problem is null)
            {
                continue;
            }

            findings.Add(check.Key.Report(
                RuleCatalog.CustomScopeMalformed,
                $"{check.Key.KeyPath}: scope '{token.Text}' is malformed: {problem}. Entra cannot parse it (AADSTS70011: scope must be a valid URI 'https://example/scope' or '<guid>/scope'). Write the API's Application ID URI and permission, e.g. 'api://<API application ID>/jamfconnect'."));
        }
    }

    // Graph's delegated permissions are dotted ("User.Read"); a bare "jamfconnect" is a custom scope that lost its App ID URI.
    private static string? BareNameProblem(ScopeToken token) =>
        token.ResourceIsImplicit && token.Permission.IndexOf('.') < 0
            ? "it has no App ID URI, so Entra reads it as a Microsoft Graph permission, and Graph has none of that name"
            : null;
}
