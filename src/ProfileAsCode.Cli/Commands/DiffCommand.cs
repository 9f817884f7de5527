using System.CommandLine;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Diffing;
using ProfileAsCode.Cli.Input;
using ProfileAsCode.Cli.Profiles;

namespace ProfileAsCode.Cli.Commands;

/// <summary>
/// <c>diff OLD NEW [--format text|json|markdown]</c>: what devices will do when NEW replaces OLD, for two profiles or two
/// folders of profiles (matched as <see cref="ProfileSetDiff"/> says). Exit 0 when equal, 1 when they differ (like diff(1)).
/// </summary>
internal sealed class DiffCommand : ICommand
{
    private readonly Argument<string> _old = Symbols.InputFile("OLD", "The profile as it is deployed now, or a folder of them (the base branch's build)");
    private readonly Argument<string> _new = Symbols.InputFile("NEW", "The profile that will replace it, or a folder of them (the pull request's build)");
    private readonly Option<string> _format = Symbols.Choice("--format", "Output format; json is exact, for scripts; markdown is a table per profile, for a pull request", ["text", "json", "markdown"], defaultValue: "text");
    private readonly Option<string> _domain = Symbols.Domain();

    public DiffCommand()
    {
        Definition = Symbols.Command(
            "diff",
            "Compare two profiles, or two folders of profiles, by meaning (not formatting or key order): per payload, in-place update, removal + reinstall, added or removed, and the keys that changed. Folders are matched by PayloadIdentifier, then file name. Exit 1 when they differ.",
            _old, _new, _format, _domain);
        Definition.Validators.Add(result =>
        {
            if (result.GetResult(_old)?.Tokens is [{ Value: var old }] && result.GetResult(_new)?.Tokens is [{ Value: var @new }]
                && Directory.Exists(old) != Directory.Exists(@new))
            {
                var (folder, file) = Directory.Exists(old) ? (old, @new) : (@new, old);
                result.AddError($"diff compares two files or two folders; {Printable.Quote(folder)} is a folder and {Printable.Quote(file)} is not");
            }
        });
    }

    public Command Definition { get; }

    public int Run(ParseResult parseResult, Output output)
    {
        var domain = parseResult.GetValue(_domain);
        var oldPath = parseResult.GetRequiredValue(_old);
        var newPath = parseResult.GetRequiredValue(_new);
        var folders = Directory.Exists(oldPath) && Directory.Exists(newPath);

        // Read both sides before printing anything: a bad file is exit 2 with nothing on stdout.
        var notes = new List<ReadNote>();
        var result = folders
            ? ProfileSetDiff.Compare(ReadFolder(oldPath, domain, notes), ReadFolder(newPath, domain, notes))
            : ProfileSetDiff.CompareFiles(ReadFile(oldPath, Path.GetFileName(oldPath), domain, notes), ReadFile(newPath, Path.GetFileName(newPath), domain, notes));
        // How a domain was found, not what is left unchecked: show and diff check nothing.
        foreach (var note in notes.Where(n => !n.IsWarning))
        {
            note.Print(output);
        }

        switch (parseResult.GetRequiredValue(_format))
        {
            case "json":
                output.Result(DiffJson.Render(result));
                break;
            case "markdown":
                output.Stdout.Write(MarkdownDiff.Render(result));
                break;
            default:
                var lines = folders ? DiffRenderer.Lines(result) : DiffRenderer.Lines(result.Profiles[0].Diff);
                foreach (var (line, tone) in lines)
                {
                    output.Line(line, tone);
                }

                break;
        }

        if (folders)
        {
            output.Info($"{result.Profiles.Count} profile(s) compared: {result.Count(ProfileStatus.Changed)} changed, {result.Count(ProfileStatus.Added)} added, {result.Count(ProfileStatus.Removed)} removed");
        }

        return result.HasDifferences ? ExitCode.Findings : ExitCode.Ok;
    }

    /// <summary>
    /// A folder's profiles, as validate and import find them; an empty folder is a side with no profiles yet (the base
    /// branch of the pull request that adds the first one), so everything on the other side is added.
    /// </summary>
    private static List<ProfileEntry> ReadFolder(string folder, string? domain, List<ReadNote> notes)
    {
        if (!Directory.EnumerateFileSystemEntries(folder).Any())
        {
            return [];
        }

        return InputFiles.Expand([folder])
            .Select(file => ReadFile(file, Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/'), domain, notes))
            .ToList();
    }

    private static ProfileEntry ReadFile(string path, string name, string? domain, List<ReadNote> notes)
    {
        var file = ProfileFileReader.Read(path);
        var document = ProfileDocument.From(file.Path, file.Root, domain);
        notes.AddRange(document.Notes);
        return new ProfileEntry(name, document);
    }
}
