#include "chart/figure_html.h"

#include "base/html_escape.h"

namespace spiegel::chart {

std::string figure_html(const FigureFrame& frame, const std::string& svg, const std::string& table) {
  std::string out = "<figure class=\"grafiek\" id=\"" + escape_html(frame.id) + "\">\n<figcaption>" +
                    escape_html(frame.caption) + "</figcaption>\n" + svg;
  if (!frame.source.empty()) out += "<p class=\"bron\">" + escape_html(frame.source) + "</p>\n";
  // The numbers one click away: for a screen reader, and for whoever wants the exact figures.
  if (!table.empty())
    out += "<details class=\"grafiek-cijfers\"><summary>De cijfers</summary>\n" + table + "</details>\n";
  else if (!frame.figures_url.empty())
    out += "<p class=\"grafiek-cijfers\">De cijfers van alle gemeenten staan bij <a href=\"" +
           escape_html(frame.figures_url) + "\">" + escape_html(frame.figures_page) + "</a>.</p>\n";
  return out + "</figure>\n";
}

}  // namespace spiegel::chart
