using System.Globalization;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules.Apple;

namespace ProfileAsCode.Cli.Tests.Import;

/// <summary>
/// Every payload schema of Apple's table that has a record: a payload filled from the schema itself (every macOS key,
/// nested ones and list items included, each with an allowed value) is imported as that record — the one among
/// several for its type that its keys come from — and builds back to the same payload.
/// </summary>
public class AppleRecordsImportTests
{
    private static readonly DateTime SampleDate = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void EveryAppleRecord_ImportsFromAPayloadOfItsSchema_AndBuildsBackTheSame()
    {
        using var dir = new TempDirectory();
        var schemas = AppleSchemas.All.Where(s => s.RecordName is not null).ToList();
        Assert.True(schemas.Count >= 100, $"only {schemas.Count} schemas with records");
        Directory.CreateDirectory(dir.File("in"));
        var originals = new Dictionary<string, (string Record, PlistDictionary Profile)>(StringComparer.Ordinal);
        for (var i = 0; i < schemas.Count; i++)
        {
            var schema = schemas[i];
            var identifier = "com.contoso.apple." + schema.RecordName!.ToLowerInvariant();
            var payload = Corpus.Direct(schema.PayloadType, identifier + ".payload", Uuid(2 * i + 1), schema.RecordName, Settings(schema.Root, depth: 0));
            var profile = Plist.Dict(
                ("PayloadIdentifier", identifier), ("PayloadUUID", Uuid(2 * i + 2)), ("PayloadType", "Configuration"), ("PayloadVersion", 1L),
                ("PayloadContent", Plist.Array(payload)));
            dir.Write(Path.Combine("in", schema.RecordName + ".mobileconfig"), PropertyListSerializer.WriteXml(profile));
            originals.Add(identifier, (schema.RecordName, profile));
        }

        var roundTrip = RoundTrip.Run(dir, dir.File("in"), "--verbose");

        Assert.Equal(originals.Count, roundTrip.Built.Count);
        foreach (var built in roundTrip.Built)
        {
            var (record, original) = originals[built.Profile.Identifier];
            Assert.True(original.Equals(RoundTrip.Rebuilt(built)), $"{record}: the rebuilt profile differs from the original");
            Assert.Contains($" → {record} (typed", roundTrip.Import.Stdout + roundTrip.Import.Stderr, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("not kept", roundTrip.Import.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("generated record", roundTrip.Import.Stdout + roundTrip.Import.Stderr, StringComparison.Ordinal);
    }

    private static string Uuid(int n) => string.Create(CultureInfo.InvariantCulture, $"0A000000-0000-4000-8000-{n:D12}");

    private static PlistDictionary Settings(AppleKeyChildren children, int depth)
    {
        var entries = new List<KeyValuePair<string, PlistValue>>();
        foreach (var key in children.Keys.Where(k => k.MacOS.IsOnMacOS && !k.IsArrayItem))
        {
            if (Value(key, depth) is { } value)
            {
                entries.Add(KeyValuePair.Create(key.IsWildcard ? "AnyName" : key.Name, value));
            }
        }

        return new PlistDictionary(entries);
    }

    /// <summary>An allowed value of the key's type; null for a container nested too deep (a schema may contain itself).</summary>
    private static PlistValue? Value(AppleKeySchema key, int depth)
    {
        if (depth > 6 && key.Type is ApplePlistType.Array or ApplePlistType.Dictionary)
        {
            return null;
        }

        var allowed = key.AllowedValues.Count > 0 ? key.AllowedValues[0] : null;
        return key.Type switch
        {
            ApplePlistType.String => (string?)allowed ?? "value",
            ApplePlistType.Integer => allowed is long number ? number : (long)(key.Minimum ?? 1),
            ApplePlistType.Real => allowed is double real ? real : key.Minimum ?? 1.5,
            ApplePlistType.Boolean => true,
            ApplePlistType.Date => new PlistDate(SampleDate),
            ApplePlistType.Data => new byte[] { 1, 2, 3 },
            ApplePlistType.Any => "any value",
            ApplePlistType.Array => key.Element is { } element && Value(element, depth + 1) is { } item ? Plist.Array(item) : PlistArray.Empty,
            ApplePlistType.Dictionary => Settings(key.Children, depth + 1),
            _ => throw new InvalidOperationException(key.Type.ToString()),
        };
    }
}
