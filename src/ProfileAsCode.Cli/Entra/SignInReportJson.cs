using System.Text;
using System.Text.Json;
using ProfileAsCode.Rules.Tenant.SignIns;

namespace ProfileAsCode.Cli.Entra;

/// <summary>
/// The sign-in diagnosis for pipelines. Values from the log are written as they are; the default encoder
/// escapes every non-ASCII and control character, so the output is safe to print too.
/// </summary>
internal static class SignInReportJson
{
    public static string Write(SignInReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteBoolean("designMet", report.DesignMet);
            json.WriteStartArray("clientAppIds");
            report.ClientAppIds.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteNumber("otherAppSignIns", report.Ignored);
            json.WriteStartArray("groups");
            foreach (var group in report.Groups)
            {
                WriteGroup(json, group);
            }

            json.WriteEndArray();
            json.WriteStartArray("notes");
            report.Notes.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteGroup(Utf8JsonWriter json, SignInGroup group)
    {
        json.WriteStartObject();
        json.WriteString("user", group.User);
        json.WriteString("kind", group.Kind switch { SignInKind.InteractiveOidc => "interactive", SignInKind.Ropg => "ropg", _ => "other" });
        json.WriteNumber("signIns", group.Count);
        json.WriteNumber("succeeded", group.Successes);
        json.WriteString("first", group.First);
        json.WriteString("last", group.Last);
        json.WriteString("verdict", group.Verdict switch { Verdict.MatchesDesign => "matchesDesign", Verdict.DoesNotMatch => "doesNotMatch", _ => "undecided" });
        json.WriteStartArray("observations");
        group.Observations.ToList().ForEach(json.WriteStringValue);
        json.WriteEndArray();
        json.WriteStartArray("failures");
        foreach (var failure in group.Failures)
        {
            json.WriteStartObject();
            json.WriteNumber("code", failure.Code.Code);
            json.WriteNumber("count", failure.Count);
            json.WriteString("kind", failure.Kind switch { FailureKind.Configuration => "configuration", FailureKind.Account => "account", _ => "expected" });
            json.WriteString("meaning", failure.Code.Meaning);
            json.WriteString("cause", failure.Code.Cause);
            json.WriteString("fix", failure.Code.Fix);
            json.WriteString("source", failure.Code.Source);
            json.WriteString("failureReason", failure.FailureReason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
