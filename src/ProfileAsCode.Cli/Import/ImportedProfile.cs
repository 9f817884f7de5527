namespace ProfileAsCode.Cli.Import;

/// <summary>The C# file made from one profile, and what the admin should know about it.</summary>
/// <param name="NotKept">Keys whose values the records cannot carry (so a rebuild will not have them).</param>
/// <param name="Payloads">One line per payload: its domain and the record type it became.</param>
internal sealed record ImportedProfile(string ClassName, string Source, IReadOnlyList<string> NotKept, IReadOnlyList<string> Payloads, IReadOnlyList<string> Notes);
