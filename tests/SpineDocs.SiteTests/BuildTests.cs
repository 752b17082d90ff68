namespace SpineDocs.SiteTests;

[Collection(BuiltSiteCollection.Name)]
public sealed class BuildTests(BuiltSite site)
{
    [Fact]
    public void The_real_site_builds_without_errors_or_warnings()
    {
        // Then
        site.Result.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        site.Pages.ShouldNotBeEmpty();
    }

    [Fact]
    public void The_home_page_and_get_help_now_page_exist()
    {
        // Then
        site.Pages.Keys.ShouldContain("/");
        site.Pages.Keys.ShouldContain("/get-help-now/");
        site.Pages.Keys.ShouldContain("/404.html");
        File.Exists(Path.Combine(site.Output, "robots.txt")).ShouldBeTrue();
    }
}
