using ProfileAsCode.JamfPro.Planning;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.JamfPro.Tests.Support;

/// <summary>
/// A plain differ for the tests (the CLI supplies its <c>diff</c> engine): top-level keys one by one, payloads paired
/// by PayloadUUID, then by PayloadType in order; a changed identity is a removal and reinstall.
/// </summary>
internal sealed class SimpleDiffer : IProfileDiffer
{
    public IProfileDifference Compare(PlistDictionary onServer, PlistDictionary toUpload)
    {
        var lines = new List<string>();
        CompareKeys("profile", onServer.Remove("PayloadContent"), toUpload.Remove("PayloadContent"), lines);
        var server = Payloads(onServer);
        var ours = Payloads(toUpload);
        foreach (var payload in ours)
        {
            var partner = server.FirstOrDefault(s => Text(s, "PayloadUUID") == Text(payload, "PayloadUUID"))
                ?? server.FirstOrDefault(s => Text(s, "PayloadType") == Text(payload, "PayloadType"));
            if (partner is null)
            {
                lines.Add($"payload {Text(payload, "PayloadType")}: added");
                continue;
            }

            server.Remove(partner);
            if (Text(partner, "PayloadUUID") != Text(payload, "PayloadUUID") || Text(partner, "PayloadIdentifier") != Text(payload, "PayloadIdentifier"))
            {
                lines.Add($"payload {Text(payload, "PayloadType")}: removal + reinstall");
            }

            CompareKeys($"payload {Text(payload, "PayloadType")}", partner, payload, lines);
        }

        lines.AddRange(server.Select(s => $"payload {Text(s, "PayloadType")}: removed"));
        return new Difference(lines);
    }

    private static void CompareKeys(string where, PlistDictionary old, PlistDictionary @new, List<string> lines)
    {
        foreach (var key in old.Keys.Union(@new.Keys).Order(StringComparer.Ordinal))
        {
            var inOld = old.TryGetValue(key, out var a);
            var inNew = @new.TryGetValue(key, out var b);
            if (inOld != inNew || (inOld && !a!.Equals(b)))
            {
                lines.Add($"{where}: ~ {key}");
            }
        }
    }

    private static List<PlistDictionary> Payloads(PlistDictionary root) =>
        root.TryGetValue("PayloadContent", out var content) && content is PlistArray array ? array.OfType<PlistDictionary>().ToList() : [];

    private static string? Text(PlistDictionary dict, string key) => dict.TryGetValue(key, out var value) && value is PlistString s ? s.Value : null;

    private sealed class Difference(IReadOnlyList<string> lines) : IProfileDifference
    {
        public bool HasDifferences => lines.Count > 0;

        public IReadOnlyList<string> Describe() => lines;
    }
}
