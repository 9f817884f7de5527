using ProfileAsCode.Cli.CodeGeneration;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Files;
using ProfileAsCode.Cli.Import;
using ProfileAsCode.Cli.Input;
using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.Cli.Validation;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Cli.Commands;

/// <summary><c>import FILE… [--out DIR] [--namespace NS] [--domain D]</c>: existing profiles → C# records.</summary>
internal sealed class ImportCommand : ICommand
{
    public CommandSpec Spec { get; } = new(
        "import",
        "Turn existing .mobileconfig files (XML, binary or signed) and bare preference plists into C# records that build back to the same profiles. Problems the rules find in the values are reported; exit 1 when one is an error (the files are still written).",
        "FILE|FOLDER...",
        1,
        int.MaxValue,
        [
            new OptionSpec("--out", "DIR", "Folder for the generated .cs files (default: the current folder)"),
            new OptionSpec("--namespace", "NS", "Namespace of the generated records (default: Profiles)"),
            new OptionSpec("--domain", "DOMAIN", "Preference domain of bare .plist files whose names do not say it"),
        ]);

    public int Run(ParsedCommandLine commandLine, Output output)
    {
        var @namespace = commandLine.Option("--namespace") ?? "Profiles";
        if (!IsNamespace(@namespace))
        {
            throw new CliException($"--namespace '{@namespace}' is not a C# namespace (use dotted identifiers, e.g. Contoso.Profiles)");
        }

        var outDir = commandLine.Option("--out") ?? ".";

        // Read and generate everything before writing anything: one bad file leaves no half-import behind.
        var files = InputFiles.Expand(commandLine.Arguments).Select(ProfileFileReader.Read).ToList();
        var documents = files.Select(f => ProfileDocument.From(f.Path, f.Root, commandLine.Option("--domain"))).ToList();
        // The library's type names are taken too: a profile record named JamfConnectLogin would hide the payload type.
        var takenTypeNames = new HashSet<string>(typeof(ConfigurationProfileAttribute).Assembly.GetExportedTypes().Select(t => t.Name), StringComparer.Ordinal);
        var imports = new List<(LoadedFile File, ImportedProfile Profile)>();
        for (var i = 0; i < files.Count; i++)
        {
            // "Jamf Connect Login (1).mobileconfig" → JamfConnectLogin1, unique within the import.
            var className = UniqueNames.Take(CSharpLiteral.PascalCase(Path.GetFileNameWithoutExtension(files[i].Path)), takenTypeNames);
            var importer = new ProfileImporter(@namespace, takenTypeNames);
            imports.Add((files[i], importer.Import(documents[i], className, $"{Path.GetFileName(files[i].Path)} ({ShowCommand.Describe(files[i])})")));
        }

        var findings = RuleEngine.CheckProject(documents.Select(FactsFromPlist.ForProfile).ToList(), RuleContext.Editor)
            .Select(f => FactsFromPlist.ToProblem(f, files[0].Path))
            .ToList();

        // All files or none: a failure on the fourth leaves no three behind.
        OutputFiles.WriteAll(imports.Select(i => (Path.Combine(outDir, i.Profile.ClassName + ".cs"), System.Text.Encoding.UTF8.GetBytes(i.Profile.Source))).ToList());
        foreach (var (file, profile) in imports)
        {
            var target = Path.Combine(outDir, profile.ClassName + ".cs");
            output.Info($"{file.Path} → {target}");
            if (file.Signature is { } signature)
            {
                if (signature.Verified)
                {
                    output.Info($"  signed content extracted; signature verified (signature only, certificate trust not checked), signer {signature.Signer}");
                }
                else
                {
                    output.Warning($"  signed content extracted; signature NOT verified: {signature.Problem}");
                }
            }

            foreach (var line in profile.Payloads)
            {
                output.Detail($"  payload {line}");
            }

            foreach (var note in profile.Notes)
            {
                output.Warning($"  note: {note}");
            }

            foreach (var lost in profile.NotKept)
            {
                output.Warning($"  not kept: {lost}");
            }
        }

        foreach (var finding in findings)
        {
            (finding.Severity == RuleSeverity.Error ? (Action<string>)output.Error : output.Warning)(finding.ToString());
        }

        return findings.Any(f => f.Severity == RuleSeverity.Error) ? ExitCode.Findings : ExitCode.Ok;
    }


    private static bool IsNamespace(string value) =>
        value.Split('.').All(part => part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_'));
}
