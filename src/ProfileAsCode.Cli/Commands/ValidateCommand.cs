using System.CommandLine;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Input;
using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.Cli.Validation;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Cli.Commands;

/// <summary><c>validate FILE… [--format text|json|sarif]</c>: Apple's structure rules and every PACnnnn rule. Exit 1 on errors.</summary>
internal sealed class ValidateCommand : ICommand
{
    private readonly Argument<string[]> _files = Symbols.InputFiles("Profiles and plists, or folders of them");
    private readonly Option<string> _format = Symbols.Choice("--format", "Output format; json and sarif are for CI", ["text", "json", "sarif"], defaultValue: "text");
    private readonly Option<string> _domain = Symbols.Domain();
    private readonly Option<string> _minimumMacOS = Symbols.Text("--minimum-macos", "VERSION", "The oldest macOS the profiles are for (e.g. 14.0): Apple payloads and keys it does not have are reported (PAC4004)");

    public ValidateCommand()
    {
        _minimumMacOS.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var value }] && !IsMacOSVersion(value))
            {
                result.AddError($"--minimum-macos {Printable.Quote(value)} is not a macOS version (write it as Apple does, e.g. 14.0 or 13.3.1)");
            }
        });
        Definition = Symbols.Command(
            "validate",
            "Check profiles from any tool: Apple's top-level and payload keys and types, duplicate identifiers and UUIDs, PayloadVersion, Apple payloads against Apple's schema, and every PACnnnn rule; a signed profile's signature must verify. Exit 1 when there are errors.",
            _files, _format, _domain, _minimumMacOS);
    }

    public Command Definition { get; }

    public int Run(ParseResult parseResult, Output output)
    {
        // Read everything first: a bad file stops the run before anything is reported (exit 2).
        var files = InputFiles.Expand(parseResult.GetRequiredValue(_files)).Select(ProfileFileReader.Read).ToList();
        var domain = parseResult.GetValue(_domain);
        var profiles = files.Select(f => ProfileDocument.From(f.Path, f.Root, domain)).ToList();
        // A signature that no longer matches means the profile was changed after signing: a CI gate must fail.
        var brokenSignatures = 0;
        foreach (var file in files.Where(f => f.Signature is not null))
        {
            if (file.Signature!.Verified)
            {
                output.Info($"{file.Path}: {ShowCommand.Describe(file)}");
            }
            else
            {
                output.Error($"{file.Path}: error: {ShowCommand.Describe(file)}");
                brokenSignatures++;
            }
        }

        var problems = ProfileValidator.Validate(profiles, parseResult.GetValue(_minimumMacOS));
        var format = parseResult.GetRequiredValue(_format);
        switch (format)
        {
            case "json":
                output.Result(ProblemFormats.Json(problems));
                break;
            case "sarif":
                output.Result(ProblemFormats.Sarif(problems, App.Version));
                break;
            default:
                foreach (var problem in problems)
                {
                    output.Result(problem.ToString(), problem.Severity switch
                    {
                        RuleSeverity.Error => Tone.Error,
                        RuleSeverity.Warning => Tone.Warning,
                        _ => Tone.Plain,
                    });
                }

                var errors = problems.Count(p => p.Severity == RuleSeverity.Error);
                output.Info($"{files.Count} file(s) checked: {errors} error(s), {problems.Count - errors} other finding(s)", errors == 0 ? Tone.Good : Tone.Error);
                break;
        }

        return brokenSignatures > 0 || problems.Any(p => p.Severity == RuleSeverity.Error) ? ExitCode.Findings : ExitCode.Ok;
    }

    /// <summary>Digits in one to three dot-separated parts, as Apple writes macOS versions.</summary>
    private static bool IsMacOSVersion(string value)
    {
        var parts = value.Split('.');
        return parts.Length is >= 1 and <= 3 && parts.All(p => p.Length is > 0 and <= 4 && p.All(char.IsAsciiDigit));
    }
}
