using System.Text;

namespace ProfileAsCode.Cli.Entra;

/// <summary>The shells <c>entra export-commands</c> writes for.</summary>
internal enum ExportShell
{
    /// <summary>bash (or zsh) with the Azure CLI (<c>az rest</c>, 2.37 or later: Microsoft Graph).</summary>
    Bash,

    /// <summary>PowerShell with Microsoft Graph PowerShell (<c>Connect-MgGraph</c>, <c>Invoke-MgGraphRequest</c>).</summary>
    PowerShell,
}

/// <summary>
/// The commands that export what <c>entra check</c> and <c>entra signins</c> read: raw Microsoft Graph
/// responses (a page with <c>@odata.context</c>, so even an empty listing says what was exported), one
/// request per file, both shells from the same list of requests. Requests and permissions:
/// https://learn.microsoft.com/graph/api/application-list, …/serviceprincipal-list,
/// …/oauth2permissiongrant-list, …/conditionalaccessroot-list-policies, …/organization-list,
/// …/signin-list?view=graph-rest-beta. Only GETs: running it changes nothing in the tenant.
/// </summary>
internal static class ExportScript
{
    private const string GraphAppId = "00000003-0000-0000-c000-000000000000";

    /// <summary>The client's enterprise application, also asked for its object ID (the grants' clientId).</summary>
    private const string ClientServicePrincipalUrl = "v1.0/servicePrincipals?$filter=appId eq '{CLIENT}'";

    // {CLIENT}, {API} and {CLIENT_SP} become each shell's variables.
    private static readonly Request[] Exports =
    [
        new("entra/organization.json", "v1.0/organization", "the tenant ID (PAC5001)"),
        new("entra/app-oidc-endpoint.json", "v1.0/applications?$filter=appId eq '{CLIENT}'", "the OIDC Endpoint app registration (PAC5002–PAC5005, PAC5009, PAC5015, PAC5016)"),
        new("entra/app-api.json", "v1.0/applications?$filter=appId eq '{API}'", "the API app registration (PAC5003, PAC5006, PAC5007)"),
        new("entra/sp-oidc-endpoint.json", ClientServicePrincipalUrl, "the OIDC Endpoint app's enterprise application"),
        new("entra/sp-api.json", "v1.0/servicePrincipals?$filter=appId eq '{API}'", "the API app's enterprise application (PAC5008)"),
        new("entra/sp-microsoft-graph.json", $"v1.0/servicePrincipals?$filter=appId eq '{GraphAppId}'", "Microsoft Graph's enterprise application (the User.Read consent)"),
        new("entra/grants.json", "v1.0/oauth2PermissionGrants?$filter=clientId eq '{CLIENT_SP}'", "the admin consent given to the OIDC Endpoint app (PAC5010)"),
        new("entra/conditional-access-policies.json", "v1.0/identity/conditionalAccess/policies", "every Conditional Access policy (PAC5011–PAC5014)"),
    ];

    private static readonly Request[] SignIns =
    [
        new("signins-interactive.json", "beta/auditLogs/signIns?$filter=appId eq '{CLIENT}'&$top=1000", "interactive sign-ins of the OIDC Endpoint app, newest 1,000"),
        new("signins-noninteractive.json", "beta/auditLogs/signIns?$filter=appId eq '{CLIENT}' and signInEventTypes/any(t: t eq 'nonInteractiveUser')&$top=1000", "its non-interactive sign-ins, which the beta API lists only when asked"),
    ];

    private static readonly string[] Permissions =
    [
        "Who runs this needs, in Microsoft Graph (delegated; docs/entra.md cites Microsoft's pages):",
        "  Application.Read.All   app registrations and enterprise applications",
        "  Directory.Read.All     consent grants (oauth2PermissionGrants)",
        "  Policy.Read.All        Conditional Access policies, with the Security Reader, Global Reader or",
        "                         Conditional Access Administrator role",
        "  User.Read              the tenant (organization)",
        "  AuditLog.Read.All and Directory.Read.All   sign-ins (beta API; Entra ID P1 or P2), with the",
        "                         Reports Reader, Security Reader or Global Reader role; only Security Reader",
        "                         and Global Reader (or Policy.Read.All) also see which Conditional Access",
        "                         policies applied",
    ];

    public static string Write(ExportShell shell, ExportTargets targets) =>
        shell == ExportShell.Bash ? Bash(targets) : PowerShell(targets);

    private static string Bash(ExportTargets targets)
    {
        var script = new StringBuilder();
        Header(script, "#", "bash with the Azure CLI 2.37 or later");
        Line(script, "# az rest signs in as the Azure CLI's own app, which Microsoft has not pre-authorized for every");
        Line(script, "# Graph permission: if a request fails with \"required scopes are missing in the token\", use");
        Line(script, "# profile-as-code entra export-commands --shell pwsh, which asks for exactly the permissions above.");
        Line(script, "set -euo pipefail");
        Line(script, $"TENANT='{targets.Tenant}'");
        Line(script, $"CLIENT_ID='{targets.ClientId}'");
        Line(script, $"API_APP_ID='{targets.ApiAppId}'");
        Line(script, "GRAPH='https://graph.microsoft.com'");
        Line(script, "for value in \"$TENANT\" \"$CLIENT_ID\" \"$API_APP_ID\"; do");
        Line(script, "  case \"$value\" in '<'*) echo 'Set TENANT, CLIENT_ID and API_APP_ID at the top of this script first.' >&2; exit 2 ;; esac");
        Line(script, "done");
        Line(script, "az login --tenant \"$TENANT\" --allow-no-subscriptions");
        Line(script, "mkdir -p entra");
        foreach (var request in Exports)
        {
            if (request.Url.Contains("{CLIENT_SP}", StringComparison.Ordinal))
            {
                Line(script, "# The grants name the client's enterprise application by its object ID.");
                Line(script, $"CLIENT_SP_ID=$(az rest --method get --url \"{BashUrl(ClientServicePrincipalUrl)}\" --query 'value[0].id' --output tsv)");
                Line(script, "if [ -n \"$CLIENT_SP_ID\" ]; then");
                Line(script, $"  # {request.What}");
                Line(script, $"  az rest --method get --url \"{BashUrl(request.Url)}\" > {request.Path}");
                Line(script, "else");
                Line(script, "  echo 'The OIDC Endpoint app has no enterprise application, so it has no consent: entra/grants.json not written.' >&2");
                Line(script, "fi");
                continue;
            }

            Line(script, $"# {request.What}");
            Line(script, $"az rest --method get --url \"{BashUrl(request.Url)}\" > {request.Path}");
        }

        SignInHeader(script, "#");
        foreach (var request in SignIns)
        {
            Line(script, $"# {request.What}");
            Line(script, $"az rest --method get --url \"{BashUrl(request.Url)}\" > {request.Path}");
        }

        return script.ToString();
    }

    private static string PowerShell(ExportTargets targets)
    {
        var script = new StringBuilder();
        Header(script, "#", "PowerShell 7 (or Windows PowerShell 5.1) with Microsoft Graph PowerShell (Install-Module Microsoft.Graph.Authentication)");
        Line(script, "$ErrorActionPreference = 'Stop'");
        Line(script, $"$Tenant = '{targets.Tenant}'");
        Line(script, $"$ClientId = '{targets.ClientId}'");
        Line(script, $"$ApiAppId = '{targets.ApiAppId}'");
        Line(script, "$Graph = 'https://graph.microsoft.com'");
        Line(script, "if (($Tenant, $ClientId, $ApiAppId) -like '<*') { throw 'Set $Tenant, $ClientId and $ApiAppId at the top of this script first.' }");
        Line(script, "Connect-MgGraph -TenantId $Tenant -Scopes 'Application.Read.All', 'Directory.Read.All', 'Policy.Read.All', 'AuditLog.Read.All'");
        Line(script, "New-Item -ItemType Directory -Force -Path 'entra' | Out-Null");
        Line(script, "# The raw Graph response (camelCase, @odata.context), as UTF-8.");
        Line(script, "function Save-GraphResponse([string] $Uri, [string] $Path) {");
        Line(script, "  Invoke-MgGraphRequest -Method GET -Uri $Uri -OutputType Json | Set-Content -Path $Path -Encoding utf8");
        Line(script, "}");
        foreach (var request in Exports)
        {
            if (request.Url.Contains("{CLIENT_SP}", StringComparison.Ordinal))
            {
                Line(script, "# The grants name the client's enterprise application by its object ID.");
                Line(script, $"$ClientSp = Invoke-MgGraphRequest -Method GET -Uri \"{PowerShellUrl(ClientServicePrincipalUrl)}\"");
                Line(script, "if ($ClientSp.value.Count -gt 0) {");
                Line(script, "  $ClientSpId = $ClientSp.value[0].id");
                Line(script, $"  # {request.What}");
                Line(script, $"  Save-GraphResponse \"{PowerShellUrl(request.Url)}\" '{request.Path}'");
                Line(script, "} else {");
                Line(script, "  Write-Warning 'The OIDC Endpoint app has no enterprise application, so it has no consent: entra/grants.json not written.'");
                Line(script, "}");
                continue;
            }

            Line(script, $"# {request.What}");
            Line(script, $"Save-GraphResponse \"{PowerShellUrl(request.Url)}\" '{request.Path}'");
        }

        SignInHeader(script, "#");
        foreach (var request in SignIns)
        {
            Line(script, $"# {request.What}");
            Line(script, $"Save-GraphResponse \"{PowerShellUrl(request.Url)}\" '{request.Path}'");
        }

        return script.ToString();
    }

    private static void Header(StringBuilder script, string comment, string runtime)
    {
        Line(script, $"{comment} Exports Entra ID objects for `profile-as-code entra check --tenant-export entra PROFILE` and for the");
        Line(script, $"{comment} build (<ProfileAsCodeTenantExport Include=\"entra/*.json\" />), and sign-ins for `profile-as-code entra signins`.");
        Line(script, $"{comment} Run it in the project folder, in {runtime}.");
        Line(script, $"{comment} Read-only: only GET requests, nothing in the tenant changes. Commit entra/ (no secrets: Graph never");
        Line(script, $"{comment} returns secret values); keep the sign-in logs out of git (user names, IP addresses).");
        Line(script, $"{comment} A listing longer than one page ends with @odata.nextLink: fetch that URL into another file too.");
        foreach (var permission in Permissions)
        {
            Line(script, $"{comment} {permission}");
        }
    }

    private static void SignInHeader(StringBuilder script, string comment)
    {
        Line(script, $"{comment} Sign-ins for profile-as-code entra signins signins-*.json --profile PROFILE (not for entra/).");
    }

    private static string BashUrl(string url) =>
        "$GRAPH/" + url.Replace("$", "\\$", StringComparison.Ordinal)
            .Replace("{CLIENT}", "$CLIENT_ID", StringComparison.Ordinal)
            .Replace("{API}", "$API_APP_ID", StringComparison.Ordinal)
            .Replace("{CLIENT_SP}", "$CLIENT_SP_ID", StringComparison.Ordinal);

    private static string PowerShellUrl(string url) =>
        "$Graph/" + url.Replace("$", "`$", StringComparison.Ordinal)
            .Replace("{CLIENT}", "$ClientId", StringComparison.Ordinal)
            .Replace("{API}", "$ApiAppId", StringComparison.Ordinal)
            .Replace("{CLIENT_SP}", "$ClientSpId", StringComparison.Ordinal);

    private static void Line(StringBuilder script, string line) => script.Append(line).Append('\n');

    private sealed record Request(string Path, string Url, string What);
}
