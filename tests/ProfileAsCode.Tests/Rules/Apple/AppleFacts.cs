using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Apple;

/// <summary>Apple payloads as the builder's facts give them: dictionaries marked, list items as <c>Key[n].Child</c>.</summary>
internal static class AppleFacts
{
    public const string Pppc = "com.apple.TCC.configuration-profile-policy";
    public const string Notifications = "com.apple.notificationsettings";
    public const string LoginItems = "com.apple.servicemanagement";
    public const string GlobalProxy = "com.apple.proxy.http.global";
    public const string Sso = "com.apple.extensiblesso";

    /// <summary>Jamf Connect's code requirement as Jamf documents it for PPPC.</summary>
    public const string JamfConnectRequirement = "identifier \"com.jamf.connect\" and anchor apple generic and certificate 1[field.1.2.840.113635.100.6.2.6] /* exists */ and certificate leaf[field.1.2.840.113635.100.6.1.13] /* exists */ and certificate leaf[subject.OU] = \"483DWKW443\"";

    /// <summary>A PPPC payload with one Full Disk Access entry made of <paramref name="entry"/> (paths relative to the entry).</summary>
    public static PayloadFacts PppcEntry(params KeyFact[] entry) => ApplePayload(Pppc, Entries("Services.SystemPolicyAllFiles", entry));

    /// <summary>Identifier, type and code requirement of Jamf Connect, plus <paramref name="more"/>.</summary>
    public static KeyFact[] JamfConnectEntry(params KeyFact[] more) =>
    [
        Key("Identifier", "com.jamf.connect"),
        Key("IdentifierType", "bundleID"),
        Key("CodeRequirement", JamfConnectRequirement),
        .. more,
    ];

    /// <summary>The facts of a dictionary at <paramref name="list"/>'s first item, with the dictionaries above it marked.</summary>
    public static KeyFact[] Entries(string list, params KeyFact[] entry)
    {
        var facts = new List<KeyFact>();
        var dot = list.IndexOf('.');
        while (dot >= 0)
        {
            facts.Add(Unknown(list[..dot]));
            dot = list.IndexOf('.', dot + 1);
        }

        facts.Add(Unknown(list));
        facts.Add(Unknown(list + "[0]"));
        facts.AddRange(entry.Select(k => new KeyFact(list + "[0]." + k.KeyPath, k.Value, k.Rules, list + "[0]." + k.KeyPath)));
        return facts.ToArray();
    }

    public static IReadOnlyList<Finding> Check(PayloadFacts payload) => RuleEngine.CheckPayload(payload);

    public static IReadOnlyList<Finding> Check(ProfileFacts profile) => RuleEngine.CheckProfile(profile);

    /// <summary>The findings of the PAC4xxx family only.</summary>
    public static List<Finding> Apple4xxx(this IEnumerable<Finding> findings) => findings.Where(f => f.Rule.Id.StartsWith("PAC4", StringComparison.Ordinal)).ToList();
}
