using System.Reflection;
using ProfileAsCode.Cli.Diffing;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Cli.Tests.Support;

/// <summary>import → compile → ProfileBuilder.Build: what the admin's project will build from the imported files.</summary>
internal sealed class RoundTrip
{
    private RoundTrip(CliRun import, IReadOnlyList<string> sources, IReadOnlyList<BuiltProfile> built)
    {
        Import = import;
        Sources = sources;
        Built = built;
    }

    public CliRun Import { get; }

    public IReadOnlyList<string> Sources { get; }

    public IReadOnlyList<BuiltProfile> Built { get; }

    public static RoundTrip Run(TempDirectory dir, params string[] arguments)
    {
        var outDir = dir.File("out");
        var import = CliRun.Of(["import", .. arguments, "--out", outDir, "--namespace", "Imported.Profiles"]);
        Assert.True(import.ExitCode is 0 or 1, $"import failed ({import.ExitCode}): {import.Stderr}");
        var sources = Directory.GetFiles(outDir, "*.cs").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var assembly = InMemoryCompiler.CompileAndLoad(sources);
        var built = ProfileDiscovery.FindProfileTypes(assembly).Select(ProfileBuilder.Build).ToList();
        return new RoundTrip(import, sources, built);
    }

    public BuiltProfile Single() => Assert.Single(Built);

    /// <summary>The .mobileconfig tree the built record gives, in the payload form its attribute asks for.</summary>
    public static PlistDictionary Rebuilt(BuiltProfile built) => built.Profile.ToPlist(built.Attribute.PayloadForm);

    /// <summary>Exact equality of two trees, reporting the keys that differ when they do not match.</summary>
    public static void AssertSameTree(PlistDictionary expected, PlistDictionary actual)
    {
        if (expected.Equals(actual))
        {
            return;
        }

        var differences = Describe(expected, actual, "");
        Assert.Fail("The rebuilt profile differs from the original:\n" + string.Join("\n", differences));
    }

    private static IEnumerable<string> Describe(PlistValue expected, PlistValue actual, string path)
    {
        if (expected is PlistDictionary e && actual is PlistDictionary a)
        {
            foreach (var change in ValueDiff.Compare(e, a))
            {
                var nested = change is { Old: PlistArray or PlistDictionary, New: PlistArray or PlistDictionary }
                    ? Describe(change.Old, change.New, $"{path}{change.Path}.").ToList()
                    : [];
                if (nested.Count > 0)
                {
                    foreach (var line in nested)
                    {
                        yield return line;
                    }
                }
                else
                {
                    yield return $"{path}{change.Path}: {change.Kind} {change.Old} → {change.New}";
                }
            }
        }
        else if (expected is PlistArray ea && actual is PlistArray aa && ea.Count == aa.Count)
        {
            for (var i = 0; i < ea.Count; i++)
            {
                foreach (var line in Describe(ea[i], aa[i], $"{path}[{i}]."))
                {
                    yield return line;
                }
            }
        }
        else if (!expected.Equals(actual))
        {
            yield return $"{path}: {expected.Kind} {expected} → {actual.Kind} {actual}";
        }
    }

}
