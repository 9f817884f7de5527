using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Cli.Validation;

/// <summary>
/// Everything validate checks, in a stable order: each file's envelope (the profile-file rules, which the build
/// host also runs on what it writes), what spans files, then the rule engine on every payload's values.
/// </summary>
internal static class ProfileValidator
{
    /// <param name="minimumMacOS">The oldest macOS the profiles are for (<c>--minimum-macos</c>); null: not checked against versions.</param>
    public static IReadOnlyList<Problem> Validate(IReadOnlyList<ProfileDocument> profiles, string? minimumMacOS = null)
    {
        var problems = new List<Problem>();
        var fallbackFile = profiles[0].Path;
        var files = profiles.Where(p => !p.IsBarePreferences).Select(FactsFromPlist.FileOf).ToList();
        foreach (var file in files)
        {
            problems.AddRange(ProfileFileRules.Check(file).Select(f => FactsFromPlist.ToProblem(f, fallbackFile)));
        }

        problems.AddRange(ProfileFileRules.CheckAcross(files).Select(f => FactsFromPlist.ToProblem(f, fallbackFile)));
        var facts = profiles.Select(p => FactsFromPlist.ForProfile(p, minimumMacOS)).ToList();
        problems.AddRange(RuleEngine.CheckProject(facts).Select(f => FactsFromPlist.ToProblem(f, fallbackFile)));
        return problems;
    }
}
