using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Benchmarks.Documents;

/// <summary>
/// A large configuration profile made of many preference payloads whose settings mix every plist
/// type in proportions seen in real managed preferences: mostly strings and booleans, some numbers,
/// string lists, nested dictionaries, a few dates and small binary blobs (certificates, licences).
/// Strings include the characters an XML writer must escape and non-ASCII text, so writers and
/// readers cannot take an ASCII-only shortcut for free.
/// </summary>
internal static class SyntheticProfile
{
    private const ulong Seed = 0x5052_4F46_494C_4521; // "PROFILE!"

    private static readonly string[] Words =
    [
        "login", "window", "password", "sync", "tenant", "scope", "menu", "kerberos", "keychain",
        "certificate", "policy", "notify", "refresh", "interval", "admin", "local", "account", "branding",
        "Zürich", "café", "東京", "naïve", "Ærø", "R&D", "<beta>", "a>b", "fallback", "offline",
    ];

    /// <summary>Real preference keys are ASCII identifiers.</summary>
    private static readonly string[] KeyWords =
    [
        "Login", "Window", "Password", "Sync", "Tenant", "Scope", "Menu", "Kerberos", "Keychain", "Certificate",
        "Policy", "Notify", "Refresh", "Interval", "Admin", "Local", "Account", "Branding", "Fallback", "Offline",
    ];

    private static readonly string[] Hosts = ["login.microsoftonline.com", "contoso.jamfcloud.com", "idp.example.org", "sso.fabrikam.net"];

    private static readonly DateTime Epoch = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static ConfigurationProfile Create(int payloadCount)
    {
        var random = new SplitMix64(Seed);
        var payloads = new List<PreferencePayload>(payloadCount);
        for (var i = 0; i < payloadCount; i++)
        {
            var domain = $"com.example.bench.domain{i:D5}";
            var identifier = $"com.example.bench.{domain}";
            payloads.Add(new PreferencePayload(domain, identifier, Uuid(random), Settings(random), $"Synthetic payload {i}"));
        }

        return new ConfigurationProfile("com.example.bench", Uuid(random), payloads)
        {
            DisplayName = "Synthetic benchmark profile",
            Organization = "ProfileAsCode benchmarks",
        };
    }

    private static PlistDictionary Settings(SplitMix64 random)
    {
        var count = 8 + random.Below(10);
        var entries = new List<KeyValuePair<string, PlistValue>>(count);
        for (var k = 0; k < count; k++)
        {
            entries.Add(KeyValuePair.Create(Key(random, k), Value(random, nested: true)));
        }

        return new PlistDictionary(entries);
    }

    /// <summary>Pascal case like real preference keys; the index suffix keeps keys unique.</summary>
    private static string Key(SplitMix64 random, int index)
    {
        return $"{random.Pick(KeyWords)}{random.Pick(KeyWords)}{index}";
    }

    private static PlistValue Value(SplitMix64 random, bool nested)
    {
        var roll = random.Below(100);
        return roll switch
        {
            < 35 => Text(random),
            < 55 => PlistBoolean.From(random.Chance(50)),
            < 68 => new PlistInteger((long)(random.Next() % 2_000_000_000UL) - 1_000_000),
            < 73 => new PlistReal(random.Below(10_000_000) / 1000.0),
            < 77 => new PlistDate(Epoch.AddSeconds(random.Below(100_000_000))),
            < 81 => Blob(random),
            < 91 => new PlistArray(Enumerable.Range(0, 1 + random.Below(6)).Select(_ => (PlistValue)Text(random)).ToArray()),
            _ when nested => NestedDictionary(random),
            _ => Text(random),
        };
    }

    private static PlistDictionary NestedDictionary(SplitMix64 random)
    {
        var count = 2 + random.Below(4);
        var entries = new List<KeyValuePair<string, PlistValue>>(count);
        for (var k = 0; k < count; k++)
        {
            entries.Add(KeyValuePair.Create(Key(random, k), Value(random, nested: false)));
        }

        return new PlistDictionary(entries);
    }

    private static PlistString Text(SplitMix64 random)
    {
        if (random.Chance(30))
        {
            return new PlistString($"https://{random.Pick(Hosts)}/{random.Pick(Words)}/{random.Below(100_000)}?client=jamfconnect&mode=ropg");
        }

        var wordCount = 1 + random.Below(8);
        var words = new string[wordCount];
        for (var w = 0; w < wordCount; w++)
        {
            words[w] = random.Pick(Words);
        }

        return new PlistString(string.Join(' ', words));
    }

    private static PlistData Blob(SplitMix64 random)
    {
        // One blob in eight is certificate-sized; the rest are short tokens.
        var bytes = new byte[random.Chance(12) ? 1200 + random.Below(800) : 16 + random.Below(240)];
        random.Fill(bytes);
        return new PlistData(bytes);
    }

    private static string Uuid(SplitMix64 random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.Fill(bytes);
        return new Guid(bytes).ToString("D").ToUpperInvariant();
    }
}
