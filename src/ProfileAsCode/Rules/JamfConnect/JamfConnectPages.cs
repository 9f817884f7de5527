namespace ProfileAsCode.Rules.JamfConnect;

/// <summary>The public pages that document Jamf Connect's keys, cited by <see cref="JamfConnectKeyTable"/> and docs/jamf-connect-keys.md.</summary>
internal static class JamfConnectPages
{
    private const string Current = "https://learn.jamf.com/r/en-US/jamf-connect-documentation-current/";

    public const string LoginAuthentication = Current + "Login_Window_Authentication_Settings";
    public const string AdvancedLogin = Current + "Advanced_Login_Authentication_Settings";
    public const string UserRoles = Current + "OpenID_Connect_User_Role_Settings";
    public const string InitialPassword = Current + "Initial_Password_Settings";
    public const string HybridId = Current + "Azure_AD_Hybrid_ID_Settings";
    public const string ConditionalAccess = Current + "Creating_a_Jamf_Connect_Configuration_with_Conditional_Access";
    public const string AccountMigration = Current + "Account_Migration_Settings";
    public const string LoginBranding = Current + "Login_Window_Custom_Branding_Settings";
    public const string MenuBarAuthentication = Current + "Menu_Bar_Authentication_Settings";
    public const string MenuBarSignIn = Current + "Menu_Bar_Sign-in_Settings";
    public const string PrivilegeElevation = Current + "Temporary_User_Permission_Settings";
    public const string ConfiguringPrivilegeElevation = Current + "Configuring_Privilege_Elevation";
    public const string OfflineMfa = Current + "Offline_Multifactor_Authentication";

    /// <summary>Jamf Connect 2.0.1, "Network and Local Authentication Restrictions".</summary>
    public const string LocalAuthentication = "https://docs.jamf.com/jamf-connect/2.0.1/administrator-guide/Network_and_Local_Authentication_Restrictions.html";

    /// <summary>Jamf Connect 2.0.1, "Custom Branding" (login window user help settings).</summary>
    public const string LoginHelp = "https://docs.jamf.com/jamf-connect/2.0.1/administrator-guide/Custom_Branding.html";

    /// <summary>Jamf Connect 2.15.0 key references: the last 2.x pages listing every key of a domain.</summary>
    public const string LoginPreferences215 = "https://docs.jamf.com/jamf-connect/2.15.0/documentation/Login_Window_Preferences.html";
    public const string MenuBarPreferences215 = "https://docs.jamf.com/jamf-connect/2.15.0/documentation/Menu_Bar_App_Preferences.html";
    public const string MenuBarPreferences28 = "https://docs.jamf.com/jamf-connect/2.8.0/documentation/Menu_Bar_App_Preferences.html";

    /// <summary>Jamf's sample configurations (keys some samples use that no page lists).</summary>
    public const string Samples = "https://github.com/jamf/jamfconnect/tree/main/configurations";

    /// <summary>A community JSON schema of the 2.x keys, for types Jamf's pages do not show.</summary>
    public const string CommunitySchema = "https://github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload";

    /// <summary>Der Flounder (Rich Trouton), "Using Self Service+ as a privilege elevation tool" (keys Jamf's page names only by label).</summary>
    public const string SelfServicePlusElevationBlog = "https://derflounder.wordpress.com/2026/02/18/using-self-service-as-a-privilege-elevation-tool/";
}
