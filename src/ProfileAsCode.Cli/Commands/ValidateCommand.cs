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
            "Check profiles from any tool: Apple's top-level and payload keys and types, duplicate identifiers and UUIDs, PayloadVersion, Apple payloads against Apple's schema, and every PACnnnn rule; a signed profile's signature must verify. Exit 1 when there are errors; exit 2 when a file could not be read (the others are still checked and reported).",
            _files, _format, _domain, _minimumMacOS);
    }

    public Command Definition { get; }

    public int Run(ParseResult parseResult, Output output)
    {
        // SARIF points at the line of each finding's key, which the XML reader records only when asked.
        var format = parseResult.GetRequiredValue(_format);
        var domain = parseResult.GetValue(_domain);
        // A file that cannot be read is reported and the rest are still checked; the exit code says so at the end.
        var (files, profiles, unreadable) = Read(parseResult.GetRequiredValue(_files), domain, locateKeys: format == "sarif");
        foreach (var problem in unreadable)
        {
            output.Error(problem.ToString());
        }

        foreach (var warning in files.SelectMany(f => f.Warnings))
        {
            output.Warning(warning);
        }

        foreach (var note in profiles.SelectMany(p => p.Notes))
        {
            note.Print(output);
        }

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

        var problems = profiles.Count == 0 ? [] : ProfileValidator.Validate(profiles, parseResult.GetValue(_minimumMacOS));
        switch (format)
        {
            case "json":
                output.Result(ProblemFormats.Json(problems, unreadable: unreadable));
                break;
            case "sarif":
                output.Result(ProblemFormats.Sarif(problems, App.Version, new KeyRegions(files, profiles), unreadable: unreadable));
                break;
            default:
                foreach (var problem in problems)
                {
                    output.Line(problem.ToString(), problem.Severity switch
                    {
                        RuleSeverity.Error => Tone.Error,
                        RuleSeverity.Warning => Tone.Warning,
                        _ => Tone.Plain,
                    });
                }

                // Nothing read at all: the failure lines are everything there is to say.
                if (files.Count > 0)
                {
                    var errors = problems.Count(p => p.Severity == RuleSeverity.Error);
                    var notRead = unreadable.Count == 0 ? "" : $"; {unreadable.Count} file(s) could not be read";
                    output.Info($"{files.Count} file(s) checked: {errors} error(s), {problems.Count - errors} other finding(s){notRead}", errors == 0 && unreadable.Count == 0 ? Tone.Good : Tone.Error);
                }

                break;
        }

        // Precedence: a file that could not be read (2) outranks findings (1): the run did not check everything.
        return unreadable.Count > 0 ? ExitCode.BadInput
            : brokenSignatures > 0 || problems.Any(p => p.Severity == RuleSeverity.Error) ? ExitCode.Findings
            : ExitCode.Ok;
    }

    private static (List<LoadedFile> Files, List<ProfileDocument> Profiles, List<Unreadable> Unreadable) Read(IEnumerable<string> arguments, string? domain, bool locateKeys)
    {
        var files = new List<LoadedFile>();
        var profiles = new List<ProfileDocument>();
        var unreadable = new List<Unreadable>();
        foreach (var argument in arguments)
        {
            IReadOnlyList<string> paths;
            try
            {
                paths = InputFiles.Expand([argument]);
            }
            catch (Exception e) when (Unreadable.From(argument, e) is { } problem)
            {
                unreadable.Add(problem);
                continue;
            }

            foreach (var path in paths)
            {
                try
                {
                    var file = ProfileFileReader.Read(path, locateKeys);
                    profiles.Add(ProfileDocument.From(file.Path, file.Root, domain));
                    files.Add(file);
                }
                catch (Exception e) when (Unreadable.From(path, e) is { } problem)
                {
                    unreadable.Add(problem);
                }
            }
        }

        return (files, profiles, unreadable);
    }

    /// <summary>Digits in one to three dot-separated parts, as Apple writes macOS versions.</summary>
    private static bool IsMacOSVersion(string value)
    {
        var parts = value.Split('.');
        return parts.Length is >= 1 and <= 3 && parts.All(p => p.Length is > 0 and <= 4 && p.All(char.IsAsciiDigit));
    }
}
