using System.CommandLine;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Input;
using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Commands;

/// <summary><c>show FILE</c>: the profile, payload by payload, with settings unwrapped from their form.</summary>
internal sealed class ShowCommand : ICommand
{
    private readonly Argument<string> _file = Symbols.InputFile("FILE", "The profile or plist to print");
    private readonly Option<string> _domain = Symbols.Domain();

    public ShowCommand() => Definition = Symbols.Command(
        "show", "Print a profile or preference file readably: top-level keys, then each payload's settings.",
        _file, _domain);

    public Command Definition { get; }

    public int Run(ParseResult parseResult, Output output)
    {
        var file = ProfileFileReader.Read(parseResult.GetRequiredValue(_file));
        var profile = ProfileDocument.From(file.Path, file.Root, parseResult.GetValue(_domain));
        foreach (var warning in file.Warnings)
        {
            output.Warning(warning);
        }

        foreach (var note in profile.Notes.Where(n => !n.IsWarning))
        {
            note.Print(output);
        }

        output.Line($"{file.Path} ({Describe(file)})", Tone.Dim);
        foreach (var line in Render(profile))
        {
            output.Line(line);
        }

        return ExitCode.Ok;
    }

    public static string Describe(LoadedFile file)
    {
        var encoding = file.Encoding == FileEncoding.Xml ? "XML" : "binary";
        return file.Signature switch
        {
            null => encoding,
            { Verified: true } s => $"{encoding}, signed by {s.Signer ?? "an unnamed signer"}, signature verified (signature only; certificate trust not checked)",
            { } s => $"{encoding}, signed, signature NOT verified: {s.Problem}",
        };
    }

    internal static IEnumerable<string> Render(ProfileDocument profile)
    {
        if (profile.IsBarePreferences)
        {
            yield return $"Preferences for {profile.Payloads[0].Domain} (bare plist, no profile wrapper)";
            foreach (var line in TreePrinter.Lines(profile.Root, 1))
            {
                yield return line;
            }

            yield break;
        }

        yield return $"Profile {profile.Identifier ?? "(no PayloadIdentifier)"}";
        foreach (var line in TreePrinter.Lines(profile.Root.Remove(PayloadKeys.Content), 1))
        {
            yield return line;
        }

        if (profile.Payloads.Count == 0)
        {
            yield return "  (no payloads)";
        }

        foreach (var payload in profile.Payloads)
        {
            var form = payload.Form == PreferencePayloadForm.ManagedPreferences ? "managed preferences (MCX)" : "direct";
            yield return "";
            yield return $"Payload {payload.Index + 1}: {payload.Domain} ({form})";
            var metadata = new PlistDictionary(payload.Payload.Where(e => PayloadKeys.IsEnvelopeKey(e.Key) && e.Key != PayloadKeys.Content));
            foreach (var line in TreePrinter.Lines(metadata, 1))
            {
                yield return line;
            }

            yield return "  Settings:";
            foreach (var line in payload.Settings.Count == 0 ? ["    (none)"] : TreePrinter.Lines(payload.Settings, 2))
            {
                yield return line;
            }
        }
    }
}
