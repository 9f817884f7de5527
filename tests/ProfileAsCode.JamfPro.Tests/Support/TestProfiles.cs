using System.Reflection;
using ProfileAsCode.JamfPro.Profiles;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.JamfPro.Tests.Support;

/// <summary>Built profiles for the tests: the samples' build output, and small profiles made here.</summary>
internal static class TestProfiles
{
    /// <summary>Strings of every character class the project's hostile-input corpus uses, all of which XML 1.0 can hold.</summary>
    public static readonly IReadOnlyList<string> HostileButLegal =
    [
        "ampersands & and &amp; and &#x41; and &lt; as text",
        "<string>markup</string> <dict/> <!-- comment --> <?pi x?>",
        "CDATA end ]]> and ]]]]><![CDATA[> and <![CDATA[ x ]]>",
        "quotes \" and ' and backslash \\ and apostrophe’s",
        "tab\tLF\nCRLF\r\nCR\rend",
        "non-BMP 😀 𝄞 \U0001F9EA \U0010FFFD",
        "separators \u2028 and \u2029",
        "bidi \u202Eevil\u202C \u2066isolate\u2069 \u200Fmark zero-width \u200B BOM \uFEFF",
        "C1 controls \u007F \u0085 \u009F (legal in XML 1.0)",
        "edges \uD7FF \uE000 \uFFFD",
        "   leading and trailing spaces   ",
        "",
        "日本語 — Ελληνικά — العربية",
    ];

    /// <summary>Characters XML 1.0 cannot hold, as a string would carry them (a lone surrogate included).</summary>
    public static readonly IReadOnlyList<(string Text, string CodePoint)> IllegalInXml =
    [
        ("start \u0001 end", "U+0001"),
        ("\u0000", "U+0000"),
        ("unit separator \u001F", "U+001F"),
        ("not a character \uFFFE", "U+FFFE"),
        ("lone \uD800 surrogate", "U+D800"),
    ];

    public static string RepoRoot => Metadata("RepoRoot");

    /// <summary>Every .mobileconfig the samples' build wrote (every sample is referenced by this project, so it is built first).</summary>
    public static IReadOnlyList<string> SampleProfilePaths()
    {
        var configuration = Metadata("Configuration");
        var samples = Path.Combine(RepoRoot, "samples");
        return Directory.GetDirectories(samples)
            .Select(sample => Path.Combine(sample, "bin", configuration, "net8.0", "profiles"))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.mobileconfig"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static BuiltProfile Load(string path) => BuiltProfile.From(path, PropertyListSerializer.Read(File.ReadAllBytes(path)));

    /// <summary>A profile with a direct payload and a managed-preferences (Custom Settings) payload holding <paramref name="settings"/>.</summary>
    public static BuiltProfile Make(string identifier, string displayName, PlistDictionary settings, string description = "Made by the tests", string uuidSeed = "")
    {
        var direct = Dict(
            ("PayloadType", "com.jamf.connect.login"),
            ("PayloadIdentifier", identifier + ".login"),
            ("PayloadUUID", Uuid(identifier + uuidSeed + ".login")),
            ("PayloadVersion", 1L),
            ("PayloadDisplayName", "Jamf Connect Login"),
            ("OIDCProvider", "EntraID"),
            ("Settings", settings));
        var mcx = Dict(
            ("PayloadType", "com.apple.ManagedClient.preferences"),
            ("PayloadIdentifier", identifier + ".mcx"),
            ("PayloadUUID", Uuid(identifier + uuidSeed + ".mcx")),
            ("PayloadVersion", 1L),
            ("PayloadDisplayName", "Custom Settings"),
            ("PayloadContent", Dict(("com.contoso.app", Dict(("Forced", new PlistArray(Dict(("mcx_preference_settings", settings)))))))));
        var root = Dict(
            ("PayloadType", "Configuration"),
            ("PayloadIdentifier", identifier),
            ("PayloadUUID", Uuid(identifier + uuidSeed)),
            ("PayloadVersion", 1L),
            ("PayloadDisplayName", displayName),
            ("PayloadDescription", description),
            ("PayloadOrganization", "Contoso"),
            ("PayloadScope", "System"),
            ("PayloadRemovalDisallowed", true),
            ("PayloadContent", new PlistArray(direct, mcx)));
        return BuiltProfile.From(identifier + ".mobileconfig", root);
    }

    public static PlistDictionary Dict(params (string Key, PlistValue Value)[] entries) =>
        new(entries.Select(e => KeyValuePair.Create(e.Key, e.Value)));

    /// <summary>A stable UUID for a name, so a rebuilt test profile keeps its identity.</summary>
    public static string Uuid(string name) =>
        new Guid(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(name))).ToString().ToUpperInvariant();

    private static string Metadata(string key) =>
        typeof(TestProfiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
