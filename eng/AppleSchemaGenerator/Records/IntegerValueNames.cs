namespace AppleSchemaGenerator.Records;

/// <summary>
/// Member names for enums of allowed integers. The schema lists only the numbers; these names are ours, chosen
/// from what each number selects on Apple's page for the payload. A key not listed here gets
/// <c>Value&lt;n&gt;</c> (or the shared <c>IntegerSwitch</c> for exactly 0 and 1). The generator stops when the
/// schema's numbers for a listed key change, so a name never silently points at another number.
/// </summary>
internal static class IntegerValueNames
{
    /// <summary>Name of the enum shared by every key whose allowed integers are exactly 0 and 1 (written as integers).</summary>
    public const string SwitchEnum = "IntegerSwitch";

    public static readonly IReadOnlyList<(string Member, long Value)> SwitchMembers = [("Off", 0), ("On", 1)];

    private static readonly Dictionary<(string File, string Key), (string Member, long Value)[]> Named = new()
    {
        [("com.apple.notificationsettings.yaml", "AlertType")] = [("None", 0), ("TemporaryBanner", 1), ("PersistentBanner", 2)],
        [("com.apple.security.smartcard.yaml", "checkCertificateTrust")] = [("Off", 0), ("On", 1), ("SoftRevocationCheck", 2), ("HardRevocationCheck", 3)],
        [("com.apple.security.smartcard.yaml", "tokenRemovalAction")] = [("None", 0), ("LockScreen", 1)],
        [("com.apple.security.scep.yaml", "Keysize")] = [("Bits1024", 1024), ("Bits2048", 2048), ("Bits4096", 4096)],
        [("com.apple.wifi.managed.yaml", "EAPType")] = [("Tls", 13), ("Leap", 17), ("EapSim", 18), ("Ttls", 21), ("EapAka", 23), ("Peap", 25), ("EapFast", 43)],
        [("com.apple.wifi.managed.yaml", "EAPSIMNumberOfRANDs")] = [("Two", 2), ("Three", 3)],
        [("com.apple.dock.yaml", "file-type")] = [("Url", 0), ("File", 1), ("Directory", 3)],
        [("com.apple.familycontrols.timelimits.v2.yaml", "rangeType")] = [("Weekdays", 0), ("Weekend", 1)],
    };

    /// <summary>Keys whose numbers are a series (<c>Group14</c>): the prefix replaces <c>Value</c>.</summary>
    private static readonly Dictionary<(string File, string Key), string> Prefixes = new()
    {
        [("com.apple.vpn.managed.yaml", "DiffieHellmanGroup")] = "Group",
    };

    private static readonly HashSet<(string File, string Key)> Used = [];

    /// <summary>Listed keys the schema no longer has (a stale entry would hide a rename).</summary>
    public static IEnumerable<string> Unused() =>
        Named.Keys.Concat(Prefixes.Keys).Where(k => !Used.Contains(k)).Select(k => $"{k.File}: {k.Key}");

    /// <summary>Exactly 0 and 1, and no names of our own for them: the shared switch.</summary>
    public static bool IsSwitch(string file, string key, IReadOnlyList<long> values) =>
        values.Count == 2 && values[0] == 0 && values[1] == 1 && !Named.ContainsKey((file, key)) && !Prefixes.ContainsKey((file, key));

    public static IReadOnlyList<(string Member, string Value)> For(string file, string key, IReadOnlyList<long> values)
    {
        Used.Add((file, key));
        if (Named.TryGetValue((file, key), out var named))
        {
            if (!named.Select(n => n.Value).SequenceEqual(values))
            {
                throw new InvalidOperationException($"{file}: the allowed integers of '{key}' are now {string.Join(", ", values)}; review the names in {nameof(IntegerValueNames)}.");
            }

            return named.Select(n => (n.Member, n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        }

        var prefix = Prefixes.TryGetValue((file, key), out var p) ? p : "Value";
        return values.Select(v => (prefix + (v < 0 ? "Minus" + (-v) : v.ToString(System.Globalization.CultureInfo.InvariantCulture)), v.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
    }
}
