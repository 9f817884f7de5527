using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;
using static ProfileAsCode.Cli.Tests.Support.Plist;

namespace ProfileAsCode.Cli.Tests.Diffing;

/// <summary>Small profile pairs, written out as base and head folders the way a CI job has them.</summary>
internal static class DiffFixtures
{
    public const string AppUuid = "5A0C7A57-8B7B-4C0E-9D52-2E4D8E0A1F10";
    public const string AppPayloadUuid = "5A0C7A57-8B7B-4C0E-9D52-2E4D8E0A1F11";

    public static PlistDictionary App(string displayName, PlistDictionary settings, string payloadUuid = AppPayloadUuid) =>
        Corpus.Profile("com.contoso.app", AppUuid, PreferencePayloadForm.Direct, ("com.example.app", "com.contoso.app.settings", payloadUuid, "App", settings))
            .SetItem("PayloadDisplayName", displayName);

    public static PlistDictionary Other(string identifier, string uuid) =>
        Corpus.Profile(identifier, uuid, PreferencePayloadForm.Direct, ("com.example.other", identifier + ".other", uuid[..^1] + "9", "Other", Dict(("On", true))));

    /// <summary>Writes <paramref name="profiles"/> as XML files into <c>dir/folder</c>.</summary>
    public static string Folder(TempDirectory dir, string folder, params (string Name, PlistValue Root)[] profiles)
    {
        var path = dir.File(folder);
        Directory.CreateDirectory(path);
        foreach (var (name, root) in profiles)
        {
            File.WriteAllBytes(Path.Combine(path, name), PropertyListSerializer.WriteXml(root));
        }

        return path;
    }
}
