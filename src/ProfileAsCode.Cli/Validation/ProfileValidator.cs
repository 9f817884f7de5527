using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Cli.Validation;

/// <summary>Everything validate checks, in a stable order: per file structure, then rules, then what spans files.</summary>
internal static class ProfileValidator
{
    public static IReadOnlyList<Problem> Validate(IReadOnlyList<ProfileDocument> profiles)
    {
        var problems = new List<Problem>();
        foreach (var profile in profiles)
        {
            problems.AddRange(StructureValidator.Check(profile));
        }

        problems.AddRange(StructureValidator.CheckAcrossFiles(profiles));
        var facts = profiles.Select(FactsFromPlist.ForProfile).ToList();
        problems.AddRange(RuleEngine.CheckProject(facts).Select(f => FactsFromPlist.ToProblem(f, profiles[0].Path)));
        return problems;
    }
}
