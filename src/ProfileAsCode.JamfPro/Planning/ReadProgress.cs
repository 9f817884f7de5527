namespace ProfileAsCode.JamfPro.Planning;

/// <summary>
/// Reading the server's profiles, reported as it happens (the slow part of a plan: one GET per profile). The first
/// report has <see cref="Read"/> null and says how many the list holds; then one report per profile read.
/// </summary>
/// <param name="Total">How many profiles the server's list holds.</param>
/// <param name="Done">How many have been read so far.</param>
/// <param name="Read">The profile just read; null for the report that the list was read.</param>
internal sealed record ReadProgress(int Total, int Done, ServerProfile? Read);
