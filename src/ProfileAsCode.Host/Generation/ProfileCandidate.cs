using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Host.Generation;

/// <summary>Where a profile's <c>[ConfigurationProfile]</c> attribute is, as the compiler recorded it.</summary>
/// <param name="Line">0 when the problem is in a file as a whole (a certificate, say).</param>
internal sealed record SourceLocation(string File, int Line)
{
    public static SourceLocation? From(string? file, int line) => string.IsNullOrEmpty(file) ? null : new SourceLocation(file!, line);
}

/// <summary>One file a built profile becomes (the .mobileconfig, optionally the bare plists).</summary>
/// <param name="IsProfile">The .mobileconfig itself: the file that is signed when signing is on.</param>
internal sealed record OutputFile(string FileName, byte[] Content, bool IsProfile = false);

/// <summary>
/// A built profile: the facts the rule engine checks, what building it already found wrong (shapes
/// a property list cannot hold, with messages that name the property), and the files it becomes.
/// </summary>
/// <param name="Envelope">The profile as the profile-file rules see it, for the checks across profiles (a UUID used by two); null when nothing was written.</param>
internal sealed record BuiltOutput(ProfileFacts Facts, IReadOnlyList<Finding> Findings, IReadOnlyList<OutputFile> Files, ProfileFile? Envelope = null);

/// <summary>
/// One <c>[ConfigurationProfile]</c> type found in the user's assembly. <see cref="Build"/> runs the
/// user's code, so it may throw anything.
/// </summary>
internal sealed record ProfileCandidate(string Name, SourceLocation? Location, Func<BuiltOutput> Build);
