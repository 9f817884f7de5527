using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Benchmarks.Documents;

/// <summary>
/// The documents, built once per process. Every size is a configuration profile, so profile
/// serialization and the raw plist benchmarks measure the same content.
/// </summary>
public static class BenchmarkDocuments
{
    // Payload counts chosen so the XML comes out near 100 KB and 10 MB (--emit-documents prints the sizes).
    private const int MediumPayloads = 45;
    private const int LargePayloads = 4_500;

    private static readonly Dictionary<DocumentSize, ConfigurationProfile> Profiles = [];

    public static string FileStem(DocumentSize size) => size.ToString().ToLowerInvariant();

    public static ConfigurationProfile Profile(DocumentSize size)
    {
        lock (Profiles)
        {
            if (!Profiles.TryGetValue(size, out var profile))
            {
                profile = size switch
                {
                    DocumentSize.Typical => BuildTypical(),
                    DocumentSize.Medium => SyntheticProfile.Create(MediumPayloads),
                    DocumentSize.Large => SyntheticProfile.Create(LargePayloads),
                    _ => throw new ArgumentOutOfRangeException(nameof(size), size, null),
                };
                Profiles[size] = profile;
            }

            return profile;
        }
    }

    /// <summary>The plist tree of the profile, payloads in the direct form (what the build writes by default).</summary>
    public static PlistDictionary Tree(DocumentSize size) => Profile(size).ToPlist(PreferencePayloadForm.Direct);

    private static ConfigurationProfile BuildTypical()
    {
        var built = ProfileBuilder.Build(typeof(TypicalJamfConnectProfile));
        if (built.Findings.Count > 0)
        {
            var messages = string.Join(Environment.NewLine, built.Findings.Select(f => $"{f.Rule.Id}: {f.Message}"));
            throw new InvalidOperationException($"The typical benchmark profile should be clean, but the builder reported:{Environment.NewLine}{messages}");
        }

        return built.Profile;
    }
}
