using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ProfileAsCode.EndToEnd.Tests;

/// <summary>One step of a pipeline recipe: a script to run, or an action or task whose inputs the test checks.</summary>
/// <param name="Uses">The action (<c>actions/checkout@v4</c>) or task (<c>PublishPipelineArtifact@1</c>, <c>checkout</c>); null for a script.</param>
/// <param name="Inputs">GitHub's <c>with:</c> or Azure's <c>inputs:</c> (and a checkout's own keys).</param>
internal sealed record CiStep(string Name, string? Script, string? Uses, string? Condition, IReadOnlyDictionary<string, string> Env, IReadOnlyDictionary<string, string> Inputs);

/// <summary>A pipeline recipe as <c>docs/ci.md</c> writes it: the variables every step sees, and the steps in order.</summary>
internal sealed record CiRecipe(IReadOnlyDictionary<string, string> Env, IReadOnlyList<CiStep> Steps)
{
    /// <summary>The <c>```yaml</c> blocks of the page, in order, that look like a pipeline (they have steps).</summary>
    public static IReadOnlyList<YamlMappingNode> Pipelines(string markdown) =>
        Regex.Matches(markdown, "^```yaml\n(.*?)^```$", RegexOptions.Singleline | RegexOptions.Multiline)
            .Select(m =>
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(m.Groups[1].Value));
                return (YamlMappingNode)stream.Documents[0].RootNode;
            })
            .Where(root => root.Children.ContainsKey("jobs") || root.Children.ContainsKey("steps"))
            .ToList();

    /// <summary>A GitHub Actions workflow with one job: the workflow's and job's <c>env</c>, then its steps.</summary>
    public static CiRecipe GitHub(YamlMappingNode workflow)
    {
        var job = (YamlMappingNode)Assert.Single(((YamlMappingNode)workflow["jobs"]).Children).Value;
        var env = Map(workflow, "env").Concat(Map(job, "env")).ToDictionary(e => e.Key, e => e.Value);
        var steps = ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>().Select(step => new CiStep(
            Scalar(step, "name") ?? Scalar(step, "uses") ?? "(unnamed)",
            Scalar(step, "run"),
            Scalar(step, "uses"),
            Scalar(step, "if"),
            Map(step, "env"),
            Map(step, "with"))).ToList();
        return new CiRecipe(env, steps);
    }

    /// <summary>An Azure Pipelines pipeline: its <c>variables</c>, then its steps (<c>bash</c>, <c>task</c>, <c>checkout</c>).</summary>
    public static CiRecipe Azure(YamlMappingNode pipeline)
    {
        var steps = ((YamlSequenceNode)pipeline["steps"]).Cast<YamlMappingNode>().Select(step =>
        {
            var script = Scalar(step, "bash");
            var uses = Scalar(step, "task") ?? (Scalar(step, "checkout") is { } checkout ? "checkout: " + checkout : null);
            var inputs = uses?.StartsWith("checkout", StringComparison.Ordinal) == true
                ? step.Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => (e.Value as YamlScalarNode)?.Value ?? "")
                : Map(step, "inputs");
            Assert.True(script is not null || uses is not null, "an Azure step the test does not know: " + string.Join(", ", step.Children.Keys));
            return new CiStep(Scalar(step, "displayName") ?? uses ?? "(unnamed)", script, uses, Scalar(step, "condition"), Map(step, "env"), inputs);
        }).ToList();
        return new CiRecipe(Map(pipeline, "variables"), steps);
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;

    private static Dictionary<string, string> Map(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value)
            ? ((YamlMappingNode)value).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value ?? "")
            : [];
}
