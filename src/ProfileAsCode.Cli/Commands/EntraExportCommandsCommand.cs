using System.CommandLine;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Entra;
using ProfileAsCode.Cli.Validation;
using ProfileAsCode.Rules.Tenant;
using ProfileAsCode.Rules.Tenant.SignIns;

namespace ProfileAsCode.Cli.Commands;

/// <summary>
/// <c>entra export-commands [--tenant TENANT] [--shell bash|pwsh] [--client-id ID] [--api-app-id ID] [--profile P]</c>:
/// prints the script that writes the exports (<see cref="ExportScript"/>); the IDs come from the options, else
/// from the profile, else stay placeholders.
/// </summary>
internal sealed class EntraExportCommandsCommand : ICommand
{
    private readonly Option<string> _tenant = Symbols.Text("--tenant", "TENANT", "Tenant ID or primary domain (default: the profile's OIDCTenant)");
    private readonly Option<string> _shell = Symbols.Choice("--shell", "bash: Azure CLI (az rest); pwsh: Microsoft Graph PowerShell", ["bash", "pwsh"], defaultValue: "bash");
    private readonly Option<string> _clientId = Symbols.Text("--client-id", "APPID", "The OIDC Endpoint app's Application (client) ID (default: the profile's OIDCClientID)");
    private readonly Option<string> _apiAppId = Symbols.Text("--api-app-id", "APPID", "The API app's Application (client) ID (default: the GUID of the profile's api://…/jamfconnect scope)");
    private readonly Option<string> _profile = Symbols.Path("--profile", "PROFILE", "A profile (or project folder) to take the tenant and the app IDs from");

    public EntraExportCommandsCommand()
    {
        Definition = Symbols.Command(
            "export-commands",
            "Print the az rest (bash) or Microsoft Graph PowerShell commands that export the app registrations, enterprise applications, consent grants, Conditional Access policies, the tenant and the sign-ins, with the permissions they need. Read-only requests.",
            _tenant, _shell, _clientId, _apiAppId, _profile);
        Definition.Validators.Add(result =>
        {
            ExportTargets.Of(Symbols.Given(result, _tenant), Symbols.Given(result, _clientId), Symbols.Given(result, _apiAppId), out var problem);
            if (problem is not null)
            {
                result.AddError(problem);
            }
        });
    }

    public Command Definition { get; }

    public int Run(ParseResult parseResult, Output output)
    {
        var tenant = parseResult.GetValue(_tenant);
        var clientId = parseResult.GetValue(_clientId);
        var apiAppId = parseResult.GetValue(_apiAppId);
        if (parseResult.GetValue(_profile) is { } profilePath)
        {
            var facts = ProfileInputs.Read([profilePath], domain: null, output).Select(FactsFromPlist.ForProfile).ToList();
            var settings = facts.Select(EntraProfile.From).FirstOrDefault(s => !s.IsEmpty)
                ?? throw CliException.InFile(profilePath, "sets none of Jamf Connect's Entra ID keys (OIDCProvider or IdPSettings.Provider EntraID); give --tenant, --client-id and --api-app-id instead");
            tenant ??= settings.Tenants.Select(key => key.Value.AsString).FirstOrDefault(value => Rules.Parsing.Guids.TryNormalize(value!) is not null);
            clientId ??= facts.SelectMany(SignInDiagnosis.ClientAppIdsOf).FirstOrDefault();
            apiAppId ??= facts.SelectMany(f => SignInDiagnosis.ApiAppIdsOf(f)).FirstOrDefault();
        }

        var targets = ExportTargets.Of(tenant, clientId, apiAppId, out _);
        var shell = parseResult.GetRequiredValue(_shell) == "pwsh" ? ExportShell.PowerShell : ExportShell.Bash;
        output.Stdout.Write(ExportScript.Write(shell, targets));
        if (targets.Tenant == ExportTargets.TenantPlaceholder || targets.ClientId == ExportTargets.ClientPlaceholder || targets.ApiAppId == ExportTargets.ApiPlaceholder)
        {
            output.Info("Set the values marked <…> at the top before running it (or give --tenant, --client-id and --api-app-id, or --profile).");
        }

        return ExitCode.Ok;
    }
}
