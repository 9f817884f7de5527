using System.Text.Json;
using System.Text.Json.Serialization;
using ProfileAsCode.Cli.Diffing;
using ProfileAsCode.JamfPro.Planning;

namespace ProfileAsCode.Cli.Jamf;

/// <summary>
/// The plan as JSON for scripts: exact values (server names and descriptions as Jamf Pro returned them, JSON-escaped),
/// and for each profile that has a comparison, <c>diff --format json</c>'s profile object (<see cref="DiffJson"/>).
/// Written by System.Text.Json's source generator, like <c>diff</c>'s JSON.
/// </summary>
internal static class PlanJson
{
    public static string Render(ProfilePlan plan, string server) =>
        JsonSerializer.Serialize(Document(plan, server), JamfPlanJsonContext.Default.JamfPlanJsonDocument);

    public static JamfPlanJsonDocument Document(ProfilePlan plan, string server) => new(
        server,
        plan.HasChanges,
        plan.HasAmbiguity,
        new JamfPlanJsonCounts(
            plan.Count(PlannedAction.Create),
            plan.Count(PlannedAction.Update),
            plan.Count(PlannedAction.Delete),
            plan.Count(PlannedAction.Unchanged),
            plan.Count(PlannedAction.Ambiguous),
            plan.Count(PlannedAction.Orphaned)),
        plan.Profiles.Select(Profile).ToList());

    private static JamfPlanJsonProfile Profile(PlannedProfile item) => new(
        JsonNamingPolicy.CamelCase.ConvertName(item.Action.ToString()),
        item.Built?.Path,
        item.Built?.Identifier,
        item.Server is null ? null : Server(item.Server),
        item.Claimants.Select(Server).ToList(),
        item.FieldChanges.Select(f => new JamfPlanJsonField(f.Field, f.OnServer, f.ToUpload)).ToList(),
        item.Notes.Concat(item.Difference is DiffEngineDifference { Unreadable: { } unreadable } ? [$"the server copy cannot be compared ({unreadable}); apply replaces it"] : []).ToList(),
        PlanPairs.Of(item) is { } pair ? DiffJson.Document(new ProfileSetDiffResult([pair])).Profiles[0] : null);

    private static JamfPlanJsonServerProfile Server(ServerProfile server) => new(server.Id, server.Name, server.Description);
}

/// <param name="Changes">Whether apply would change anything (the exit code says the same: 1 when true).</param>
/// <param name="Ambiguous">Whether a profile is claimed by more than one server profile (exit 2).</param>
internal sealed record JamfPlanJsonDocument(string Server, bool Changes, bool Ambiguous, JamfPlanJsonCounts Counts, IReadOnlyList<JamfPlanJsonProfile> Profiles);

internal sealed record JamfPlanJsonCounts(int Create, int Update, int Delete, int Unchanged, int Ambiguous, int Orphaned);

/// <param name="Action"><c>create</c>, <c>update</c>, <c>unchanged</c>, <c>ambiguous</c>, <c>delete</c> or <c>orphaned</c> (kept: no longer built, no prune).</param>
/// <param name="File">The built profile's file; null for a server profile no built profile claims.</param>
/// <param name="Diff">The server's copy against the profile apply uploads, as <c>diff --format json</c> gives one profile.</param>
internal sealed record JamfPlanJsonProfile(
    string Action,
    string? File,
    string? Identifier,
    JamfPlanJsonServerProfile? Server,
    IReadOnlyList<JamfPlanJsonServerProfile> Claimants,
    IReadOnlyList<JamfPlanJsonField> Fields,
    IReadOnlyList<string> Notes,
    DiffJsonProfile? Diff);

internal sealed record JamfPlanJsonServerProfile(int Id, string Name, string Description);

internal sealed record JamfPlanJsonField(string Field, string OnServer, string ToUpload);

[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(JamfPlanJsonDocument))]
internal sealed partial class JamfPlanJsonContext : JsonSerializerContext;
