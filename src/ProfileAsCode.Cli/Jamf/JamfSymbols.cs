using System.CommandLine;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.JamfPro;
using ProfileAsCode.JamfPro.Auth;
using ProfileAsCode.JamfPro.Http;

namespace ProfileAsCode.Cli.Jamf;

/// <summary>
/// What <c>jamf plan</c> and <c>jamf apply</c> share, as the public command line has it:
/// <c>PROFILES… --url URL [--prune]</c>. There is no option for the client ID or secret: they come from
/// <c>JAMF_CLIENT_ID</c> and <c>JAMF_CLIENT_SECRET</c> only.
/// </summary>
internal sealed class JamfSymbols
{
    public Argument<string[]> Profiles { get; } = ProfilesArgument();

    public Option<string> Url { get; } = UrlOption();

    public Option<bool> Prune { get; } = Symbols.Flag(
        "--prune",
        "Also delete server profiles that carry profile-as-code's marker and match none of PROFILES (give all the profiles you manage). Profiles without the marker are never deleted");

    private static Argument<string[]> ProfilesArgument()
    {
        const string Name = "PROFILES";
        var argument = new Argument<string[]>(Name)
        {
            Description = "Built profiles: .mobileconfig files (XML, binary or signed), or folders of them (the build's profiles folder)",
            Arity = ArgumentArity.OneOrMore,
        };
        argument.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => t.Value.Length == 0))
            {
                result.AddError($"{Name} is empty; give a file or folder name");
                return;
            }

            // System.CommandLine hands an unknown option to this argument as a file name. Say it is an unknown option,
            // and never echo what follows '=': someone may have tried --client-secret=….
            if (result.Tokens.FirstOrDefault(t => t.Value.StartsWith('-') && !File.Exists(t.Value) && !Directory.Exists(t.Value)) is { } option)
            {
                result.AddError($"unknown option {Printable.Quote(option.Value.Split('=')[0])}; the client ID and secret come from {ClientCredentials.ClientIdVariable} and {ClientCredentials.ClientSecretVariable} only");
            }
        });
        return argument;
    }

    private static Option<string> UrlOption()
    {
        var option = new Option<string>("--url")
        {
            Description = "The Jamf Pro server, e.g. https://contoso.jamfcloud.com (https only; credentials from JAMF_CLIENT_ID and JAMF_CLIENT_SECRET)",
            HelpName = "URL",
            Required = true,
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var url }])
            {
                try
                {
                    JamfServerUrl.Parse(url);
                }
                catch (JamfProException e)
                {
                    result.AddError(e.Message.TrimEnd('.'));
                }
            }
        });
        return option;
    }
}
