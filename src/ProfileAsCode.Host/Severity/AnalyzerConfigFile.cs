namespace ProfileAsCode.Host.Severity;

/// <summary>
/// One .editorconfig or global analyzer config (.globalconfig, or any file with <c>is_global = true</c>),
/// reduced to what severities need: <c>root</c>, the preamble, and the sections with their keys.
/// </summary>
internal sealed class AnalyzerConfigFile
{
    private AnalyzerConfigFile(string path, bool isGlobal, bool isRoot, IReadOnlyDictionary<string, string> preamble, IReadOnlyList<Section> sections)
    {
        Path = path;
        IsGlobal = isGlobal;
        IsRoot = isRoot;
        Preamble = preamble;
        Sections = sections;
    }

    public string Path { get; }

    /// <summary>The folder its section globs are relative to, with forward slashes and a trailing slash.</summary>
    public string Directory => PathText.DirectoryOf(Path);

    public bool IsGlobal { get; }

    public bool IsRoot { get; }

    /// <summary>Keys before the first section (lower-cased keys).</summary>
    public IReadOnlyDictionary<string, string> Preamble { get; }

    public IReadOnlyList<Section> Sections { get; }

    public static AnalyzerConfigFile Read(string path) => Parse(path, File.ReadAllText(path));

    public static AnalyzerConfigFile Parse(string path, string text)
    {
        var preamble = new Dictionary<string, string>(StringComparer.Ordinal);
        var sections = new List<Section>();
        Dictionary<string, string> current = preamble;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#' || line[0] == ';')
            {
                continue;
            }

            if (line[0] == '[' && line[line.Length - 1] == ']')
            {
                current = new Dictionary<string, string>(StringComparer.Ordinal);
                sections.Add(new Section(line.Substring(1, line.Length - 2), current));
                continue;
            }

            var equals = line.IndexOf('=');
            if (equals > 0)
            {
                // Keys are case-insensitive in the editorconfig spec; Roslyn lower-cases them.
                current[line.Substring(0, equals).Trim().ToLowerInvariant()] = StripComment(line.Substring(equals + 1)).Trim();
            }
        }

        var isGlobal = IsTrue(preamble, "is_global") || System.IO.Path.GetFileName(path) == ".globalconfig";
        return new AnalyzerConfigFile(PathText.Normalize(path), isGlobal, IsTrue(preamble, "root"), preamble, sections);
    }

    private static string StripComment(string value)
    {
        var hash = value.IndexOfAny(new[] { '#', ';' });
        return hash < 0 ? value : value.Substring(0, hash);
    }

    private static bool IsTrue(IReadOnlyDictionary<string, string> keys, string key) =>
        keys.TryGetValue(key, out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    public sealed class Section(string name, IReadOnlyDictionary<string, string> keys)
    {
        public string Name { get; } = name;

        public IReadOnlyDictionary<string, string> Keys { get; } = keys;
    }
}
