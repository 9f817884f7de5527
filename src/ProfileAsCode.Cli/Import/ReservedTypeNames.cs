using System.Diagnostics.CodeAnalysis;
using ProfileAsCode.Cli.CommandLine;

namespace ProfileAsCode.Cli.Import;

/// <summary>
/// Names an imported record may not take, because the generated code names something else that way without
/// qualification: the library's types (a record named <c>JamfConnectLogin</c> would hide the payload type), the short
/// names of its attributes (<c>[PayloadKey]</c> would bind to a record named <c>PayloadKey</c>), the BCL types the
/// generated code writes, the namespaces it imports, and the members every record has (a record named <c>GetHashCode</c>
/// would clash with its own method). A file named like one of them gets a numbered name.
/// </summary>
internal static class ReservedTypeNames
{
    private static readonly string[] Referenced =
    [
        "System", "ProfileAsCode", "Object", "String", "DateTime", "DateTimeOffset", "Convert", "ImmutableArray",
        "Dictionary", "IDictionary", "IReadOnlyDictionary", "IReadOnlyList", "IReadOnlyCollection", "IEnumerable", "IList", "ICollection", "List",
    ];

    public static HashSet<string> For(string @namespace)
    {
        var names = new HashSet<string>(Referenced, StringComparer.Ordinal);
        foreach (var name in LibraryTypeNames())
        {
            names.Add(name);
            if (name.EndsWith("Attribute", StringComparison.Ordinal) && name.Length > "Attribute".Length)
            {
                names.Add(name[..^"Attribute".Length]);
            }
        }

        names.UnionWith(@namespace.Split('.'));
        names.UnionWith(CodeGeneration.UniqueNames.RecordMembers);
        return names;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TrimmerRoot.Library)]
    private static IEnumerable<string> LibraryTypeNames() => typeof(ConfigurationProfileAttribute).Assembly.GetExportedTypes().Select(t => t.Name);
}
