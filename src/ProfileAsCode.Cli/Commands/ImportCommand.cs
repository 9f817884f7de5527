using System.CommandLine;
using ProfileAsCode.Cli.CodeGeneration;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Files;
using ProfileAsCode.Cli.Import;
using ProfileAsCode.Cli.Input;
using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.Cli.Validation;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Cli.Commands;

/// <summary><c>import FILE… [--out DIR] [--namespace NS] [--domain D] [--identifier ID]</c>: existing profiles → C# records.</summary>
internal sealed class ImportCommand : ICommand
{
    private readonly Argument<string[]> _files = Symbols.InputFiles("Profiles and plists, or folders of them");
    private readonly Option<string> _out = Symbols.Path("--out", "DIR", "Folder for the generated .cs files (default: the current folder)");
    private readonly Option<string> _namespace = new("--namespace")
    {
        Description = "Namespace of the generated records",
        HelpName = "NS",
        DefaultValueFactory = _ => "Profiles",
    };

    private readonly Option<string> _domain = Symbols.Domain();
    private readonly Option<string> _identifier = new("--identifier")
    {
        Description = "Put the bare preference plists into one profile with this PayloadIdentifier (reverse-DNS, e.g. com.contoso.jamfconnect)",
        HelpName = "ID",
    };

    public ImportCommand()
    {
        _namespace.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var value }] && !IsNamespace(value))
            {
                result.AddError($"--namespace {Printable.Quote(value)} is not a C# namespace (use dotted identifiers, e.g. Contoso.Profiles)");
            }
        });
        _identifier.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var value }] && !Identifiers.IsConventional(value))
            {
                result.AddError($"--identifier {Printable.Quote(value)} is not a reverse-DNS identifier (dot-separated labels of letters, digits, '-' and '_', e.g. com.contoso.jamfconnect)");
            }
        });
        Definition = Symbols.Command(
            "import",
            "Turn existing .mobileconfig files (XML, binary or signed) and bare preference plists into C# records that build back to the same profiles. Problems the rules find in the values are reported; exit 1 when one is an error (the files are still written).",
            _files, _out, _namespace, _domain, _identifier);
    }

    public Command Definition { get; }

    public int Run(ParseResult parseResult, Output output)
    {
        var @namespace = parseResult.GetRequiredValue(_namespace);
        var outDir = parseResult.GetValue(_out) ?? ".";
        var domain = parseResult.GetValue(_domain);

        // Read and generate everything before writing anything: one bad file leaves no half-import behind.
        var files = InputFiles.Expand(parseResult.GetRequiredValue(_files)).Select(ProfileFileReader.Read).ToList();
        var documents = files.Select(f => ProfileDocument.From(f.Path, f.Root, domain)).ToList();
        // Names the generated code uses for other types are taken (a profile record named JamfConnectLogin would hide the payload type).
        var reserved = ReservedTypeNames.For(@namespace);
        var takenTypeNames = new HashSet<string>(reserved, StringComparer.Ordinal);
        var imports = new List<(LoadedFile File, ProfileDocument Document, ImportedProfile Profile)>();
        if (parseResult.GetValue(_identifier) is { } identifier)
        {
            var merged = BarePlists.Merge(documents, identifier);
            documents = [merged];
            var className = UniqueNames.Take(ImportNames.ForDomain(identifier), takenTypeNames);
            var importer = new ProfileImporter(@namespace, takenTypeNames);
            imports.Add((files[0], merged, importer.Import(merged, className, identifier, $"{files.Count} preference plist{(files.Count == 1 ? "" : "s")}")));
        }
        else
        {
            // "Jamf Connect Login (1).mobileconfig" → JamfConnectLogin1, "firewall.mobileconfig" → FirewallProfile (Firewall is
            // the payload's type), unique within the import; all taken before any record is named, so a record of the
            // first profile cannot take the name of the third.
            var classNames = files
                .Select(f => CSharpLiteral.PascalCase(Path.GetFileNameWithoutExtension(f.Path)))
                .Select(name => UniqueNames.Take(reserved.Contains(name) ? name + "Profile" : name, takenTypeNames))
                .ToList();
            for (var i = 0; i < files.Count; i++)
            {
                var importer = new ProfileImporter(@namespace, takenTypeNames);
                imports.Add((files[i], documents[i], importer.Import(documents[i], classNames[i], BarePlists.IdentifierOf(documents[i]), $"{Path.GetFileName(files[i].Path)} ({ShowCommand.Describe(files[i])})")));
            }
        }

        var findings = RuleEngine.CheckProject(documents.Select(FactsFromPlist.ForProfile).ToList(), RuleContext.Editor)
            .Select(f => FactsFromPlist.ToProblem(f, files[0].Path))
            .ToList();

        // All files or none: a failure on the fourth leaves no three behind.
        OutputFiles.WriteAll(imports.Select(i => (Path.Combine(outDir, i.Profile.ClassName + ".cs"), System.Text.Encoding.UTF8.GetBytes(i.Profile.Source))).ToList());
        foreach (var (file, document, profile) in imports)
        {
            var target = Path.Combine(outDir, profile.ClassName + ".cs");
            output.Info($"{file.Path} → {target}");
            foreach (var warning in file.Warnings)
            {
                output.Warning("  " + warning);
            }

            foreach (var note in document.Notes)
            {
                note.Print(output);
            }

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
