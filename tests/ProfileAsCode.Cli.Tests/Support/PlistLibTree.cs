namespace ProfileAsCode.Cli.Tests.Support;

/// <summary>
/// Python's plistlib as the oracle for "the same profile": both files read by an implementation that is not ours and
/// compared as trees, types included (Python's <c>True == 1</c> is not taken for equality).
/// </summary>
internal static class PlistLibTree
{
    private const string Script = """
        import plistlib, sys
        def diff(a, b, path):
            if type(a) is not type(b):
                return f"{path}: {type(a).__name__} {a!r} / {type(b).__name__} {b!r}"
            if isinstance(a, dict):
                if set(a) != set(b):
                    return f"{path}: keys only on one side: {sorted(set(a) ^ set(b))}"
                for key in a:
                    found = diff(a[key], b[key], f"{path}/{key}")
                    if found:
                        return found
                return None
            if isinstance(a, list):
                if len(a) != len(b):
                    return f"{path}: {len(a)} items / {len(b)} items"
                for i, (x, y) in enumerate(zip(a, b)):
                    found = diff(x, y, f"{path}[{i}]")
                    if found:
                        return found
                return None
            return None if a == b else f"{path}: {a!r} / {b!r}"
        with open(sys.argv[1], 'rb') as f: first = plistlib.load(f)
        with open(sys.argv[2], 'rb') as f: second = plistlib.load(f)
        print(diff(first, second, "") or "same")
        """;

    /// <summary>"same", or the first difference plistlib sees between the two files.</summary>
    public static string Compare(string first, string second) => Processes.Checked("python3", "-c", Script, first, second).Stdout.Trim();
}
