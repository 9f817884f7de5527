using System.Management.Automation;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.Testing.Tenant;

namespace ProfileAsCode.Cli.Tests.Entra;

/// <summary>
/// The PowerShell that <c>entra export-commands --shell pwsh</c> prints, run by PowerShell itself (Microsoft.PowerShell.SDK)
/// with the two Microsoft Graph PowerShell commands it calls stubbed (same parameter names as
/// https://learn.microsoft.com/powershell/module/microsoft.graph.authentication/invoke-mggraphrequest and …/connect-mggraph);
/// New-Item and Set-Content are PowerShell's own, so the files are what PowerShell writes.
/// </summary>
public class PowerShellExportTests
{
    private const string Stubs = """
        function Connect-MgGraph { param([string] $TenantId, [string[]] $Scopes) $Calls.Add("Connect-MgGraph $TenantId " + ($Scopes -join ',')) }
        function Invoke-MgGraphRequest {
          param([string] $Method, [string] $Uri, [string] $OutputType)
          $Calls.Add("$Method $Uri")
          $json = $Answer.Invoke($Uri)
          if ($OutputType -eq 'Json') { $json } else { $json | ConvertFrom-Json -AsHashtable }
        }
        """;

    [Fact]
    public void PowerShellScript_Runs_AndWhatItWritesIsReadByCheckAndSignins()
    {
        using var dir = new TempDirectory();
        var profile = EntraScenario.WriteProfile(dir, "jc.mobileconfig", EntraScenario.LoginSettings());
        var printed = CliRun.Of("entra", "export-commands", "--profile", profile, "--shell", "pwsh");
        Assert.Equal(0, printed.ExitCode);
        var calls = new List<string>();

        using (var shell = PowerShell.Create())
        {
            shell.Runspace.SessionStateProxy.SetVariable("Calls", calls);
            shell.Runspace.SessionStateProxy.SetVariable("Answer", new Func<string, string>(GraphAnswer));
            shell.Runspace.SessionStateProxy.Path.SetLocation(dir.Path);
            shell.AddScript(Stubs + "\n" + printed.Stdout);
            shell.Invoke();
            Assert.False(shell.HadErrors, string.Join("\n", shell.Streams.Error));
        }

        Assert.Equal(
            [
                $"Connect-MgGraph {EntraScenario.Tenant} Application.Read.All,Directory.Read.All,Policy.Read.All,AuditLog.Read.All",
                "GET https://graph.microsoft.com/v1.0/organization",
                $"GET https://graph.microsoft.com/v1.0/applications?$filter=appId eq '{EntraScenario.ClientId}'",
                $"GET https://graph.microsoft.com/v1.0/applications?$filter=appId eq '{EntraScenario.ApiAppId}'",
                $"GET https://graph.microsoft.com/v1.0/servicePrincipals?$filter=appId eq '{EntraScenario.ClientId}'",
                $"GET https://graph.microsoft.com/v1.0/servicePrincipals?$filter=appId eq '{EntraScenario.ApiAppId}'",
                "GET https://graph.microsoft.com/v1.0/servicePrincipals?$filter=appId eq '00000003-0000-0000-c000-000000000000'",
                $"GET https://graph.microsoft.com/v1.0/servicePrincipals?$filter=appId eq '{EntraScenario.ClientId}'",
                "GET https://graph.microsoft.com/v1.0/oauth2PermissionGrants?$filter=clientId eq '1b2c3d4e-0000-4000-8000-0000000000d2'",
                "GET https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies",
                $"GET https://graph.microsoft.com/beta/auditLogs/signIns?$filter=appId eq '{EntraScenario.ClientId}'&$top=1000",
                $"GET https://graph.microsoft.com/beta/auditLogs/signIns?$filter=appId eq '{EntraScenario.ClientId}' and signInEventTypes/any(t: t eq 'nonInteractiveUser')&$top=1000",
            ],
            calls);

        var check = CliRun.Of("entra", "check", "--tenant-export", dir.File("entra"), profile);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("0 finding(s)", check.Stderr, StringComparison.Ordinal);
        var signins = CliRun.Of("entra", "signins", dir.File("signins-interactive.json"), dir.File("signins-noninteractive.json"), "--profile", profile);
        Assert.Equal(0, signins.ExitCode);
    }

    [Fact]
    public void PowerShellScript_WithPlaceholders_StopsBeforeConnecting()
    {
        using var dir = new TempDirectory();
        var printed = CliRun.Of("entra", "export-commands", "--shell", "pwsh");
        var calls = new List<string>();

        using var shell = PowerShell.Create();
        shell.Runspace.SessionStateProxy.SetVariable("Calls", calls);
        shell.Runspace.SessionStateProxy.Path.SetLocation(dir.Path);
        shell.AddScript(Stubs + "\n" + printed.Stdout);
        var error = Assert.Throws<RuntimeException>(() => shell.Invoke());

        Assert.Equal("Set $Tenant, $ClientId and $ApiAppId at the top of this script first.", error.Message);
        Assert.Empty(calls);
        Assert.False(Directory.Exists(dir.File("entra")));
    }

    // Microsoft Graph as the fixtures describe it: a page of the objects the filter selects (System.Text.Json, not our reader).
    private static string GraphAnswer(string uri)
    {
        var url = new Uri(uri);
        var (entitySet, names) = url.AbsolutePath switch
        {
            "/v1.0/organization" => ("organization", new[] { "organization" }),
            "/v1.0/applications" => ("applications", ["application-api", "application-endpoint"]),
            "/v1.0/servicePrincipals" => ("servicePrincipals", ["sp-api", "sp-endpoint", "sp-graph"]),
            "/v1.0/oauth2PermissionGrants" => ("oauth2PermissionGrants", ["grant-api", "grant-graph"]),
            "/v1.0/identity/conditionalAccess/policies" => ("identity/conditionalAccess/policies", ["policy-mfa"]),
            "/beta/auditLogs/signIns" => ("auditLogs/signIns", ["signin-ropg", "signin-interactive", "signin-interactive-interrupt", "signin-other-app"]),
            var other => throw new InvalidOperationException("unexpected request " + other),
        };
        var filter = Uri.UnescapeDataString(url.Query).Split('&').FirstOrDefault(p => p.StartsWith("?$filter=", StringComparison.Ordinal))?["?$filter=".Length..] ?? "";
        var items = names.Select(name => JsonNode.Parse(TenantExportSet.Fixture(name))!.AsObject()).ToList();
        if (filter.Contains("nonInteractiveUser", StringComparison.Ordinal))
        {
            items.Clear();
        }

        foreach (var field in new[] { "appId", "clientId" })
        {
            if (filter.StartsWith(field + " eq '", StringComparison.Ordinal))
            {
                var wanted = filter.Split('\'')[1];
                items = items.Where(item => (string?)item[field] == wanted).ToList();
            }
        }

        var page = new JsonObject
        {
            ["@odata.context"] = $"https://graph.microsoft.com/{url.AbsolutePath.Split('/')[1]}/$metadata#{entitySet}",
            ["value"] = new JsonArray(items.Select(item => (JsonNode)item).ToArray()),
        };
        return page.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
