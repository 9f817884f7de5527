using ProfileAsCode.JamfPro.Applying;
using ProfileAsCode.JamfPro.Auth;
using ProfileAsCode.JamfPro.Classic;
using ProfileAsCode.JamfPro.Http;
using ProfileAsCode.JamfPro.Planning;
using ProfileAsCode.JamfPro.Profiles;

namespace ProfileAsCode.JamfPro;

/// <summary>
/// Plan and apply built profiles against one Jamf Pro server: what <c>profile-as-code jamf plan</c> and
/// <c>jamf apply</c> run. The caller supplies the URL, the credentials read from <c>JAMF_CLIENT_ID</c> and
/// <c>JAMF_CLIENT_SECRET</c> (<see cref="ClientCredentials.FromEnvironment"/>), and the payload differ.
/// </summary>
internal sealed class JamfProProfiles : IDisposable
{
    private readonly JamfProClient client;
    private readonly OsxConfigurationProfilesApi api;
    private readonly IProfileDiffer differ;

    public JamfProProfiles(string url, ClientCredentials credentials, IProfileDiffer differ, JamfClientOptions? options = null, HttpMessageHandler? handler = null)
    {
        client = new JamfProClient(JamfServerUrl.Parse(url), credentials, options, handler);
        api = new OsxConfigurationProfilesApi(client);
        this.differ = differ;
    }

    public JamfServerUrl Server => client.Server;

    /// <summary>Told as the server's profiles are read, by plan and by apply's fresh plan (progress lines).</summary>
    public Action<ReadProgress>? Reading { get; init; }

    public async Task<ProfilePlan> PlanAsync(IReadOnlyList<BuiltProfile> profiles, bool prune, CancellationToken cancel) =>
        (await new Planner(api, differ, Reading).PlanAsync(profiles, prune, cancel).ConfigureAwait(false)).Plan;

    public Task<ApplyResult> ApplyAsync(IReadOnlyList<BuiltProfile> profiles, ApplyOptions options, Action<ApplyProgress>? progress, CancellationToken cancel) =>
        new Applier(api, differ, Reading).ApplyAsync(profiles, options, progress, cancel);

    public void Dispose() => client.Dispose();
}
