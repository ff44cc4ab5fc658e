<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="14"/>
        <source>S-shaped</source>
        <translation>S 形</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="15"/>
        <source>ReLU family</source>
        <translation>ReLU 族</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="16"/>
        <source>Smooth rectifiers</source>
        <translation>平滑整流函数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="17"/>
        <source>Output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="19"/>
        <source>curvature near 0</source>
        <translation>0 附近的弯曲程度</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="20"/>
        <source>gate sharpness</source>
        <translation>门控锐度</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="21"/>
        <source>learned negative slope</source>
        <translation>可学习的负斜率</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="22"/>
        <source>linear above beta x &gt;</source>
        <translation>β x 大于此值时取线性</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="23"/>
        <source>lower limit</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="24"/>
        <source>negative slope</source>
        <translation>负斜率</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="25"/>
        <source>number of other logits</source>
        <translation>其他 logit 的个数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="26"/>
        <source>other logits</source>
        <translation>其他 logit 的值</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="27"/>
        <source>saturation value</source>
        <translation>饱和值</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="28"/>
        <source>sharpness</source>
        <translation>锐度</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="29"/>
        <source>smoothing</source>
        <translation>平滑程度</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="30"/>
        <source>upper limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="32"/>
        <source>the lower limit must stay below the upper limit</source>
        <translation>下限必须小于上限</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="34"/>
        <source>ReLU (beta -&gt; inf)</source>
        <translation>ReLU（beta -&gt; 无穷）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="35"/>
        <source>x/2 (beta = 0)</source>
        <translation>x/2（beta = 0）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="36"/>
        <source>ReLU (b -&gt; 0)</source>
        <translation>ReLU（b -&gt; 0）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="37"/>
        <source>Leaky ReLU, slope alpha (mu -&gt; 0)</source>
        <translation>斜率为 alpha 的 Leaky ReLU（mu -&gt; 0）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="38"/>
        <source>GELU (alpha = 0, mu = 1/sqrt 2)</source>
        <translation>GELU（alpha = 0，mu = 1/sqrt 2）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="39"/>
        <source>Leaky ReLU, slope alpha (mu -&gt; inf)</source>
        <translation>斜率为 alpha 的 Leaky ReLU（mu -&gt; 无穷）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="40"/>
        <source>GELU (exact)</source>
        <translation>GELU（精确形式）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="42"/>
        <source>Keras 3.7 and later</source>
        <translation>Keras 3.7 及以后版本才有</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="43"/>
        <source>default b = 4</source>
        <translation>默认 b = 4</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="44"/>
        <source>default b = 4 (Keras 3.7 and later)</source>
        <translation>默认 b = 4（Keras 3.7 及以后版本）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="45"/>
        <source>default slope 0.2 (the layer keras.layers.LeakyReLU: 0.3, as Keras 2&apos;s alpha); its gradient at 0 is the backend&apos;s</source>
        <translation>默认斜率 0.2（层 keras.layers.LeakyReLU 为 0.3，与 Keras 2 的 alpha 相同）；在 0 处的梯度取决于后端</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="47"/>
        <source>exact by default (approximate=&apos;none&apos;)</source>
        <translation>默认为精确形式（approximate=&apos;none&apos;）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="48"/>
        <source>exact by default (approximate=False; keras.ops.gelu defaults to True)</source>
        <translation>默认为精确形式（approximate=False；keras.ops.gelu 默认为 True）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="50"/>
        <source>f&apos; is float&apos;s 1/6, 0.16666667163..., even in float64 (a float constant in its kernel)</source>
        <translation>即使在 float64 下，f&apos; 也是 float 的 1/6，即 0.16666667163…（其内核中的常数是 float）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="53"/>
        <source>gradient 0 at -3 and 1 at 3, not -0.5 and 1.5</source>
        <translation>在 -3 处梯度为 0，在 3 处为 1，而不是 -0.5 和 1.5</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="54"/>
        <source>gradient 0 at 0 by its custom JVP</source>
        <translation>由其自定义 JVP 规定，在 0 处梯度为 0</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="55"/>
        <source>gradient 1 at 0 (where(x &gt;= 0, x, slope x)), not the slope</source>
        <translation>在 0 处梯度为 1（where(x &gt;= 0, x, slope x)），而不是斜率</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="56"/>
        <source>in recent versions only</source>
        <translation>仅较新版本才有</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="57"/>
        <source>its default</source>
        <translation>它的默认形式</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="58"/>
        <source>its gradient at a kink is the backend&apos;s (PyTorch&apos;s or JAX&apos;s)</source>
        <translation>在拐点处的梯度取决于后端（PyTorch 或 JAX）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="59"/>
        <source>limits fixed at -1 and 1 (Keras 3.7 and later); its gradient at them is the backend&apos;s</source>
        <translation>上下限固定为 -1 和 1（Keras 3.7 及以后版本）；在这两点的梯度取决于后端</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="62"/>
        <source>limits fixed at -1 and 1; gradient 1 at them, not 0</source>
        <translation>上下限固定为 -1 和 1；在这两点的梯度为 1，而不是 0</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="63"/>
        <source>log(1 + e^x) (logaddexp(x, 0)): no beta, no threshold</source>
        <translation>log(1 + e^x)（logaddexp(x, 0)）：没有 beta，也没有阈值</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="64"/>
        <source>log(1 + e^x): no beta, no threshold</source>
        <translation>log(1 + e^x)：没有 beta，也没有阈值</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="65"/>
        <source>no beta: beta is 1 (x * torch.sigmoid(beta * x) by hand for others)</source>
        <translation>没有 beta：beta 为 1（其他取值需手写 x * torch.sigmoid(beta * x)）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="67"/>
        <source>no beta: the same as jax.nn.silu, beta 1</source>
        <translation>没有 beta：与 jax.nn.silu 相同，beta 为 1</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="68"/>
        <source>no beta: the same as silu, beta 1</source>
        <translation>没有 beta：与 silu 相同，beta 为 1</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="69"/>
        <source>only as the layer keras.layers.PReLU</source>
        <translation>只有层 keras.layers.PReLU</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="70"/>
        <source>relu6(x + 3)/6 in Keras 3; Keras 2 used 0.2x + 0.5 clipped to [0, 1]</source>
        <translation>Keras 3 中为 relu6(x + 3)/6；Keras 2 用的是截断到 [0, 1] 的 0.2x + 0.5</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_text.cpp" line="72"/>
        <source>the tanh approximation by default (approximate=True); approximate=False is exact</source>
        <translation>默认为 tanh 近似（approximate=True）；approximate=False 为精确形式</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../../app/help_dialogs.cpp" line="74"/>
        <source>Move a slider a step / a large step</source>
        <translation>滑块移动一小步 / 一大步</translation>
    </message>
    <message>
        <location filename="../../app/help_dialogs.cpp" line="75"/>
        <source>Arrow keys / Page Up, Page Down</source>
        <translation>方向键 / Page Up、Page Down</translation>
    </message>
    <message>
        <location filename="../../app/help_dialogs.cpp" line="76"/>
        <source>Move a slider a tenth of a step</source>
        <translation>滑块移动十分之一步</translation>
    </message>
    <message>
        <location filename="../../app/help_dialogs.cpp" line="76"/>
        <source>Shift+arrow keys</source>
        <translation>Shift+方向键</translation>
    </message>
    <message>
        <location filename="../../app/help_dialogs.cpp" line="77"/>
        <source>Move between panels and controls</source>
        <translation>在面板和控件之间移动</translation>
    </message>
    <message>
        <location filename="../../app/help_dialogs.cpp" line="77"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../app/help_dialogs.cpp" line="78"/>
        <source>Next slide (presentation mode)</source>
        <translation>下一张幻灯片（演示模式）</translation>
    </message>
    <message>
        <location filename="../../app/help_dialogs.cpp" line="79"/>
        <source>Page Down, Space, Right or Down arrow</source>
        <translation>Page Down、空格、右或下方向键</translation>
    </message>
    <message>
        <location filename="../../app/help_dialogs.cpp" line="80"/>
        <source>Previous slide (presentation mode)</source>
        <translation>上一张幻灯片（演示模式）</translation>
    </message>
    <message>
        <location filename="../../app/help_dialogs.cpp" line="81"/>
        <source>Page Up, Backspace, Left or Up arrow</source>
        <translation>Page Up、退格、左或上方向键</translation>
    </message>
    <message>
        <location filename="../../app/help_dialogs.cpp" line="82"/>
        <source>First / last slide (presentation mode)</source>
        <translation>第一张 / 最后一张幻灯片（演示模式）</translation>
    </message>
    <message>
        <location filename="../../app/help_dialogs.cpp" line="82"/>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <location filename="../../app/help_dialogs.cpp" line="89"/>
        <location filename="../../app/help_dialogs.cpp" line="92"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/help_dialogs.cpp" line="91"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/help_dialogs.cpp" line="91"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../app/help_dialogs.cpp" line="119"/>
        <source>Activation functions of neural networks, shown and compared.</source>
        <translation>展示并比较神经网络的激活函数。</translation>
    </message>
    <message>
        <location filename="../../app/help_dialogs.cpp" line="120"/>
        <source>Copyright © 2026 the actviz developers. Free software under the GNU General Public License, version 3 or (at your option) any later version; it comes with no warranty.</source>
        <translation>版权所有 © 2026 actviz 开发者。本程序是自由软件，依照 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本发布；不提供任何担保。</translation>
    </message>
    <message>
        <location filename="../../app/help_dialogs.cpp" line="123"/>
        <source>Built on %1.</source>
        <translation>基于 %1 构建。</translation>
    </message>
    <message>
        <location filename="../../app/help_dialogs.cpp" line="124"/>
        <source>About actviz</source>
        <translation>关于 actviz</translation>
    </message>
</context>
<context>
    <name>PlotGestures</name>
    <message>
        <location filename="../../ui/plot_gestures.h" line="24"/>
        <source>Mouse wheel</source>
        <translation>鼠标滚轮</translation>
    </message>
    <message>
        <location filename="../../ui/plot_gestures.h" line="24"/>
        <source>zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../ui/plot_gestures.h" line="25"/>
        <source>Drag</source>
        <translation>拖动</translation>
    </message>
    <message>
        <location filename="../../ui/plot_gestures.h" line="25"/>
        <source>pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../../ui/plot_gestures.h" line="26"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/plot_gestures.h" line="27"/>
        <source>back to the scene&apos;s view</source>
        <translation>回到场景的初始视图</translation>
    </message>
    <message>
        <location filename="../../ui/plot_gestures.h" line="28"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location filename="../../ui/plot_gestures.h" line="29"/>
        <source>copy the plot as image and SVG</source>
        <translation>把图像复制为图片和 SVG</translation>
    </message>
    <message>
        <location filename="../../ui/plot_gestures.h" line="30"/>
        <source>Hover</source>
        <translation>悬停</translation>
    </message>
    <message>
        <location filename="../../ui/plot_gestures.h" line="31"/>
        <source>exact values of every curve at x</source>
        <translation>显示各曲线在 x 处的精确值</translation>
    </message>
    <message>
        <location filename="../../ui/plot_gestures.h" line="32"/>
        <source>Click a curve</source>
        <translation>点击曲线</translation>
    </message>
    <message>
        <location filename="../../ui/plot_gestures.h" line="33"/>
        <source>pin a tangent</source>
        <translation>固定一条切线</translation>
    </message>
    <message>
        <location filename="../../ui/plot_gestures.h" line="34"/>
        <source>Drag a tangent&apos;s point</source>
        <translation>拖动切点</translation>
    </message>
    <message>
        <location filename="../../ui/plot_gestures.h" line="35"/>
        <source>move it along the curve</source>
        <translation>沿曲线移动切线</translation>
    </message>
    <message>
        <location filename="../../ui/plot_gestures.h" line="36"/>
        <source>Right-click a tangent</source>
        <translation>右键点击切线</translation>
    </message>
    <message>
        <location filename="../../ui/plot_gestures.h" line="37"/>
        <source>remove it</source>
        <translation>删除切线</translation>
    </message>
</context>
<context>
    <name>actviz::app::ExportActions</name>
    <message>
        <location filename="../../app/export_actions.cpp" line="100"/>
        <source>Could not render the plot for the clipboard: %1</source>
        <translation>无法为剪贴板渲染图形：%1</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="106"/>
        <source>Copied the plot (image and SVG).</source>
        <translation>已复制绘图（图像和 SVG）。</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="117"/>
        <source>plot</source>
        <translation>绘图</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="119"/>
        <source>Export the plot</source>
        <translation>导出绘图</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="120"/>
        <location filename="../../app/export_actions.cpp" line="151"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="124"/>
        <location filename="../../app/export_actions.cpp" line="203"/>
        <location filename="../../app/export_actions.cpp" line="238"/>
        <location filename="../../app/export_actions.cpp" line="264"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="126"/>
        <location filename="../../app/export_actions.cpp" line="205"/>
        <location filename="../../app/export_actions.cpp" line="240"/>
        <location filename="../../app/export_actions.cpp" line="266"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="139"/>
        <location filename="../../app/export_actions.cpp" line="148"/>
        <source>Export an animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="140"/>
        <source>Select a curve with a parameter first: the animation steps one of its parameters.</source>
        <translation>请先选中一条带参数的曲线：动画会逐步改变它的一个参数。</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="154"/>
        <source>Drawing the frames…</source>
        <translation>正在绘制各帧…</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="154"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="164"/>
        <source>Exported %1 frames to %2</source>
        <translation>已将 %1 帧导出到 %2</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="173"/>
        <source>Copied the curves as %1 code.</source>
        <translation>已将曲线复制为 %1 代码。</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="186"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="189"/>
        <source>Export the curves as code</source>
        <translation>将曲线导出为代码</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="189"/>
        <source>curves.py</source>
        <translation>curves.py</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="222"/>
        <source>A4, portrait (*.pdf)</source>
        <translation>A4，纵向 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="223"/>
        <source>A4, landscape (*.pdf)</source>
        <translation>A4，横向 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="224"/>
        <source>Letter, portrait (*.pdf)</source>
        <translation>Letter，纵向 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="225"/>
        <source>Letter, landscape (*.pdf)</source>
        <translation>Letter，横向 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="231"/>
        <source>Export a handout of the slides</source>
        <translation>导出幻灯片讲义</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="232"/>
        <source>handout.pdf</source>
        <translation>讲义.pdf</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="246"/>
        <source>NumPy functions</source>
        <translation>NumPy 函数</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="248"/>
        <source>Matplotlib script</source>
        <translation>Matplotlib 脚本</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="250"/>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="252"/>
        <source>JAX</source>
        <translation>JAX</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="254"/>
        <source>pgfplots (LaTeX)</source>
        <translation>pgfplots（LaTeX）</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="260"/>
        <source>Export the curves as CSV</source>
        <translation>将曲线导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="261"/>
        <source>curves.csv</source>
        <translation>curves.csv</translation>
    </message>
    <message>
        <location filename="../../app/export_actions.cpp" line="261"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>actviz::app::ExportCommand</name>
    <message>
        <location filename="../../app/export_request.cpp" line="344"/>
        <source>--param expects FUNCTION.PARAM=VALUE, got &apos;%1&apos;</source>
        <translation>--param 需要 FUNCTION.PARAM=VALUE，得到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="355"/>
        <source>unknown function &apos;%1&apos; in --param</source>
        <translation>--param 中的未知函数 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="357"/>
        <source>%1 has no parameter &apos;%2&apos;</source>
        <translation>%1 没有参数 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="361"/>
        <source>--param %1: &apos;%2&apos; is not a number</source>
        <translation>--param %1：&apos;%2&apos; 不是数字</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="378"/>
        <source>--param %1: the scene has no %2 curve</source>
        <translation>--param %1：场景中没有 %2 曲线</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="321"/>
        <source>--sweep expects FUNCTION.PARAM=FROM:TO:FRAMES, got &apos;%1&apos;</source>
        <translation>--sweep 需要 FUNCTION.PARAM=FROM:TO:FRAMES，得到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/export_cli.cpp" line="49"/>
        <source>--sweep: unknown function &apos;%1&apos;</source>
        <translation>--sweep：未知函数 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/export_cli.cpp" line="53"/>
        <source>--sweep: %1 has no parameter &apos;%2&apos;</source>
        <translation>--sweep：%1 没有参数 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../app/export_cli.cpp" line="117"/>
        <source>slide %1 of %2: %3</source>
        <translation>第 %1 张（共 %2 张）：%3</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="278"/>
        <source>a sweep writes an animated .gif or numbered .png frames, not &apos;%1&apos;</source>
        <translation>扫描输出为动画 .gif 或编号的 .png 帧，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/export_cli.cpp" line="64"/>
        <source>--sweep: the scene has no %1 curve</source>
        <translation>--sweep：场景中没有 %1 曲线</translation>
    </message>
    <message>
        <location filename="../../app/export_cli.cpp" line="66"/>
        <source>--sweep: %1</source>
        <translation>--sweep：%1</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="74"/>
        <source>--functions needs at least one function id</source>
        <translation>--functions 至少需要一个函数 id</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="95"/>
        <source>--points expects 2 to %1, got &apos;%2&apos;</source>
        <translation>--points 需要 2 到 %1，得到的是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="107"/>
        <source>--view expects curves, depth or softmax, got &apos;%1&apos;</source>
        <translation>--view 需要 curves、depth 或 softmax，得到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="115"/>
        <source>--logits: &apos;%1&apos; is not a finite number</source>
        <translation>--logits：&apos;%1&apos; 不是有限数</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="119"/>
        <source>--logits takes %1 to %2 values, got %3</source>
        <translation>--logits 需要 %1 到 %2 个值，得到 %3 个</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="128"/>
        <source>--temperature expects a finite number &gt; 0, got &apos;%1&apos;</source>
        <translation>--temperature 需要大于 0 的有限数，得到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="146"/>
        <source>%1 expects a finite number, got &apos;%2&apos;</source>
        <translation>%1 需要有限数，得到的是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="240"/>
        <source>a deck&apos;s slides are written as numbered images (-o FILE.png) or as a handout (-o FILE.pdf), not to -</source>
        <translation>幻灯片组写成带编号的图像（-o FILE.png）或讲义（-o FILE.pdf），不能写到 -</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="309"/>
        <source>%1 expects A:B with finite A &lt; B, got &apos;%2&apos;</source>
        <translation>%1 需要 A:B 且 A &lt; B 均为有限数，得到的是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="262"/>
        <source>--scale: &apos;%1&apos; is not a number</source>
        <translation>--scale：&apos;%1&apos; 不是数字</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="268"/>
        <source>--dpi: &apos;%1&apos; is not a whole number</source>
        <translation>--dpi：&apos;%1&apos; 不是整数</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="168"/>
        <location filename="../../app/export_request.cpp" line="186"/>
        <source>unknown theme &apos;%1&apos; (light, dark or presentation)</source>
        <translation>未知主题 &apos;%1&apos;（light、dark 或 presentation）</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="82"/>
        <source>--functions and --formula name %1 curves; at most %2 are supported</source>
        <translation>--functions 与 --formula 共给出 %1 条曲线；最多支持 %2 条</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="157"/>
        <source>no language (--lang numpy, matplotlib, pytorch, jax or pgfplots)</source>
        <translation>未指定语言（--lang numpy、matplotlib、pytorch、jax 或 pgfplots）</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="160"/>
        <source>unknown language &apos;%1&apos; (numpy, matplotlib, pytorch, jax or pgfplots)</source>
        <translation>未知语言 &apos;%1&apos;（numpy、matplotlib、pytorch、jax 或 pgfplots）</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="192"/>
        <source>unknown language &apos;%1&apos; (en or zh_CN)</source>
        <translation>未知语言 &apos;%1&apos;（en 或 zh_CN）</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="203"/>
        <source>--page expects a4 or letter, got &apos;%1&apos;</source>
        <translation>--page 应为 a4 或 letter，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="210"/>
        <source>--orientation expects portrait or landscape, got &apos;%1&apos;</source>
        <translation>--orientation 应为 portrait 或 landscape，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="220"/>
        <source>--%1 is for a handout (--deck FILE -o FILE.pdf)</source>
        <translation>--%1 只用于讲义（--deck FILE -o FILE.pdf）</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="224"/>
        <source>--deck needs a file name</source>
        <translation>--deck 需要一个文件名</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="227"/>
        <source>--%1 cannot be used with --deck: each slide is a complete scene</source>
        <translation>--%1 不能与 --deck 同用：每张幻灯片都是完整的场景</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="233"/>
        <source>--%1 is for images; a handout&apos;s plots fit its page</source>
        <translation>--%1 只用于图像；讲义中的图按页面大小排版</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="238"/>
        <source>--%1 is for a handout (-o FILE.pdf)</source>
        <translation>--%1 只用于讲义（-o FILE.pdf）</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="258"/>
        <source>--size expects WxH in whole pixels, got &apos;%1&apos;</source>
        <translation>--size 需要以整数像素表示的 WxH，得到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="284"/>
        <source>cannot tell the format from &apos;%1&apos;; give --format png|jpg|bmp|pdf|svg</source>
        <translation>无法从 &apos;%1&apos; 判断格式；请给出 --format png|jpg|bmp|pdf|svg</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="289"/>
        <source>a GIF is an animation: give --sweep ID.PARAM=FROM:TO:FRAMES to step a parameter (-o FILE.gif)</source>
        <translation>GIF 是动画：请用 --sweep ID.PARAM=FROM:TO:FRAMES 让一个参数逐步变化（-o FILE.gif）</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="292"/>
        <source>unknown format &apos;%1&apos; (png, jpg, bmp, pdf or svg)</source>
        <translation>未知格式 &apos;%1&apos;（png、jpg、bmp、pdf 或 svg）</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="328"/>
        <source>--sweep expects finite FROM and TO and 2 to %1 FRAMES, got &apos;%2&apos;</source>
        <translation>--sweep 需要有限的 FROM 和 TO 以及 2 到 %1 的 FRAMES，得到的是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="376"/>
        <source>--param %1: no formula has a parameter &apos;%2&apos;</source>
        <translation>--param %1：没有公式含有参数“%2”</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="416"/>
        <source>%1 is only for images (actviz export), not for a table</source>
        <translation>%1 只用于图像（actviz export），不用于表格</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="419"/>
        <source>%1 is only for images (actviz export)</source>
        <translation>%1 只用于图像（actviz export）</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="421"/>
        <source>%1 is only for tables (actviz table)</source>
        <translation>%1 只用于表格（actviz table）</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="423"/>
        <source>%1 is only for programs (actviz code)</source>
        <translation>%1 只用于程序（actviz code）</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="438"/>
        <location filename="../../app/export_request.cpp" line="444"/>
        <source>no output file (-o FILE)</source>
        <translation>没有输出文件（-o FILE）</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="475"/>
        <source>--formula &apos;%1&apos;: %2</source>
        <translation>--formula “%1”：%2</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="348"/>
        <source>--param %1 is given twice</source>
        <translation>--param %1 重复给出</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="76"/>
        <source>--functions names %1 curves; at most %2 are supported</source>
        <translation>--functions 列出了 %1 条曲线；最多支持 %2 条</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="468"/>
        <source>unknown function &apos;%1&apos; (see &apos;actviz list&apos;)</source>
        <translation>未知函数 &apos;%1&apos;（参见 &apos;actviz list&apos;）</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="180"/>
        <location filename="../../app/export_request.cpp" line="495"/>
        <source>%1 tangents requested; at most %2 are supported</source>
        <translation>请求了 %1 条切线；最多支持 %2 条</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="69"/>
        <source>--scene needs a file name</source>
        <translation>--scene 需要一个文件名</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="136"/>
        <source>--depth expects %1 to %2 layers, got &apos;%3&apos;</source>
        <translation>--depth 需要 %1 到 %2 层，得到的是 &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="387"/>
        <source>--tangent expects FUNCTION@X with a finite X, got &apos;%1&apos;</source>
        <translation>--tangent 需要 FUNCTION@X 且 X 为有限数，得到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/export_request.cpp" line="396"/>
        <source>--tangent %1: the scene has no %2 curve</source>
        <translation>--tangent %1：场景中没有 %2 曲线</translation>
    </message>
</context>
<context>
    <name>actviz::app::MainWindow</name>
    <message>
        <location filename="../../app/main_window.cpp" line="271"/>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="272"/>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="273"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="274"/>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="275"/>
        <source>Properties</source>
        <translation>性质</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="276"/>
        <source>Slides</source>
        <translation>幻灯片</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="278"/>
        <source>Slide</source>
        <translation>幻灯片</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="280"/>
        <source>The slide shown: its title, plot or view, and caption</source>
        <translation>当前显示的幻灯片：标题、图像或视图，以及说明文字</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="285"/>
        <source>Wheel: zoom · drag: pan · Home: reset the view · hover: exact values · click a curve: tangent · F5: presentation</source>
        <translation>滚轮：缩放 · 拖动：平移 · Home：重置视图 · 悬停：精确值 · 单击曲线：切线 · F5：演示</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="356"/>
        <source>Cannot open the scene</source>
        <translation>无法打开场景</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="374"/>
        <source>The plot holds %1 curves already; remove one first.</source>
        <translation>图中已有 %1 条曲线；请先删除一条。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="382"/>
        <source>Select a curve of a typed formula to edit it.</source>
        <translation>请选择一条由公式输入的曲线来编辑。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="293"/>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="294"/>
        <source>%1[*] — actviz</source>
        <translation>%1[*] — actviz</translation>
    </message>
</context>
<context>
    <name>actviz::app::SceneDocument</name>
    <message>
        <location filename="../../app/scene_document.cpp" line="96"/>
        <source>Open a scene or deck</source>
        <translation>打开场景或幻灯片组</translation>
    </message>
    <message>
        <location filename="../../app/scene_document.cpp" line="97"/>
        <source>actviz scenes and decks (*.actviz.json *.json);;All files (*)</source>
        <translation>actviz 场景和幻灯片组 (*.actviz.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/scene_document.cpp" line="99"/>
        <source>Cannot open the scene</source>
        <translation>无法打开场景</translation>
    </message>
    <message>
        <location filename="../../app/scene_document.cpp" line="105"/>
        <location filename="../../app/scene_document.cpp" line="122"/>
        <source>Cannot save the scene</source>
        <translation>无法保存场景</translation>
    </message>
    <message>
        <location filename="../../app/scene_document.cpp" line="117"/>
        <source>Save the scene</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <location filename="../../app/scene_document.cpp" line="117"/>
        <source>scene.actviz.json</source>
        <translation>场景.actviz.json</translation>
    </message>
    <message>
        <location filename="../../app/scene_document.cpp" line="118"/>
        <source>actviz scenes and decks (*.actviz.json *.json)</source>
        <translation>actviz 场景和幻灯片组 (*.actviz.json *.json)</translation>
    </message>
    <message>
        <location filename="../../app/scene_document.cpp" line="131"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../app/scene_document.cpp" line="132"/>
        <source>The scene has changes that are not saved. Save them first?</source>
        <translation>场景有尚未保存的更改。要先保存吗？</translation>
    </message>
</context>
<context>
    <name>actviz::app::WindowMenus</name>
    <message>
        <location filename="../../app/window_menus.cpp" line="56"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="63"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="66"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="73"/>
        <source>&amp;Export image…</source>
        <translation>导出图像(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="76"/>
        <source>Export &amp;data (CSV)…</source>
        <translation>导出数据 (CSV)(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="78"/>
        <source>Export a&amp;nimation…</source>
        <translation>导出动画(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="80"/>
        <source>Export &amp;code…</source>
        <translation>导出代码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="81"/>
        <source>The visible curves as a NumPy, Matplotlib, PyTorch, JAX or pgfplots program</source>
        <translation>把可见曲线写成 NumPy、Matplotlib、PyTorch、JAX 或 pgfplots 程序</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="84"/>
        <source>Export &amp;handout (PDF)…</source>
        <translation>导出讲义（PDF）(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="85"/>
        <source>Every slide as a printable page: title, plot, caption, formulas and properties</source>
        <translation>每张幻灯片一页，可打印：标题、图像、说明文字、公式和性质</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="89"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="106"/>
        <source>&amp;Copy plot</source>
        <translation>复制绘图(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="107"/>
        <source>The plot as image and SVG (Ctrl+C on the plot)</source>
        <translation>以图像和 SVG 格式复制绘图（在绘图上按 Ctrl+C）</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="111"/>
        <source>Copy the plot (while the plot has the focus)</source>
        <translation>复制图像（图像获得焦点时）</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="126"/>
        <source>New from &amp;formula…</source>
        <translation>由公式新建(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="127"/>
        <source>Add a curve of a function you type, with f′ and the parameters&apos; derivatives derived symbolically</source>
        <translation>添加一条由您输入的函数曲线，f′ 与各参数的导数由符号运算求得</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="131"/>
        <source>&amp;Edit formula…</source>
        <translation>编辑公式(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="132"/>
        <source>Change the selected typed formula, its parameters&apos; defaults and sliders</source>
        <translation>修改所选的公式及其参数的默认值和滑块</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="146"/>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="152"/>
        <source>Leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="156"/>
        <source>Show the parameters (presentation)</source>
        <translation>显示参数（演示模式）</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="161"/>
        <source>&amp;Vanishing gradients (depth)</source>
        <translation>梯度消失（深度）(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="169"/>
        <source>&amp;Softmax of several logits</source>
        <translation>多个 logit 的 Softmax(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="185"/>
        <source>&amp;Precision lens…</source>
        <translation>精度透镜(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="186"/>
        <source>The selected curve&apos;s textbook and stable formulas in float32, float16 or bfloat16, against the exact values</source>
        <translation>所选曲线的教科书写法与稳定写法在 float32、float16 或 bfloat16 中的结果，与精确值对照</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="192"/>
        <source>Pin a ta&amp;ngent…</source>
        <translation>固定切线(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="193"/>
        <source>A tangent to the selected curve at an x you type</source>
        <translation>在输入的 x 处为所选曲线作切线</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="196"/>
        <source>Remove all &amp;tangents</source>
        <translation>移除所有切线(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="197"/>
        <source>Click a curve to pin a tangent, drag its point along the curve, right-click it to remove</source>
        <translation>单击曲线可固定一条切线，沿曲线拖动其切点，右键单击可将其移除</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="204"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="207"/>
        <source>&amp;About actviz</source>
        <translation>关于 actviz(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="215"/>
        <source>&amp;New slide from this view</source>
        <translation>用当前视图新建幻灯片(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="216"/>
        <source>The view as a new slide after the current one</source>
        <translation>把当前视图作为新幻灯片，放在当前幻灯片之后</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="222"/>
        <source>&amp;Duplicate slide</source>
        <translation>复制幻灯片(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="224"/>
        <source>&amp;Remove slide</source>
        <translation>删除幻灯片(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="226"/>
        <source>Move slide &amp;up</source>
        <translation>上移幻灯片(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="229"/>
        <source>Move slide do&amp;wn</source>
        <translation>下移幻灯片(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="233"/>
        <source>&amp;Previous slide</source>
        <translation>上一张幻灯片(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="238"/>
        <source>Ne&amp;xt slide</source>
        <translation>下一张幻灯片(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="242"/>
        <source>&amp;Move smoothly between slides</source>
        <translation>幻灯片之间平滑过渡(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="243"/>
        <source>When two slides show the same functions, their parameters and ranges move to the next slide&apos;s values (presentation mode)</source>
        <translation>两张幻灯片显示相同的函数时，参数和范围平滑过渡到下一张的值（演示模式）</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="253"/>
        <source>&amp;Show the slides panel</source>
        <translation>显示幻灯片面板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="277"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="277"/>
        <source>Back to the scene&apos;s initial view (Home)</source>
        <translation>返回场景的初始视图（Home）</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="315"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="316"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="317"/>
        <source>F&amp;unctions</source>
        <translation>函数(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="318"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="319"/>
        <source>&amp;Slides</source>
        <translation>幻灯片(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="320"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="321"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="322"/>
        <source>Copy as c&amp;ode</source>
        <translation>复制为代码(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="325"/>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="330"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="330"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="330"/>
        <source>Presentation</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="333"/>
        <source>Theme of the plot</source>
        <translation>绘图主题</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="334"/>
        <source>Language of the texts</source>
        <translation>界面文字的语言</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="343"/>
        <location filename="../../app/window_menus.cpp" line="350"/>
        <location filename="../../app/window_menus.cpp" line="353"/>
        <source>Pin a tangent</source>
        <translation>固定切线</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="344"/>
        <source>Select a curve first, in the Curves panel.</source>
        <translation>请先在“曲线”面板中选择一条曲线。</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="350"/>
        <source>Tangent to the selected curve at x =</source>
        <translation>所选曲线的切点 x =</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="354"/>
        <source>A scene holds at most %1 tangents.</source>
        <translation>一个场景最多容纳 %1 条切线。</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="361"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="361"/>
        <location filename="../../app/window_menus.cpp" line="363"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="362"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/window_menus.cpp" line="362"/>
        <location filename="../../app/window_menus.cpp" line="364"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>actviz::ui::CurveList</name>
    <message>
        <location filename="../../ui/curve_list.cpp" line="120"/>
        <source>Curve</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location filename="../../ui/curve_list.cpp" line="120"/>
        <source>f′</source>
        <translation>f′</translation>
    </message>
    <message>
        <location filename="../../ui/curve_list.cpp" line="120"/>
        <source>df/dθ</source>
        <translation>df/dθ</translation>
    </message>
    <message>
        <location filename="../../ui/curve_list.cpp" line="121"/>
        <source>Show the derivative (dashed)</source>
        <translation>显示导数（虚线）</translation>
    </message>
    <message>
        <location filename="../../ui/curve_list.cpp" line="123"/>
        <source>Show df/dparam of the learnable parameters (dotted)</source>
        <translation>显示可学习参数的 df/dparam（点线）</translation>
    </message>
    <message>
        <location filename="../../ui/curve_list.cpp" line="124"/>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location filename="../../ui/curve_list.cpp" line="126"/>
        <source>The curves on the plot; the check boxes show or hide a curve, its derivative f′ and its parameter gradients df/dθ</source>
        <translation>图中的曲线；复选框用于显示或隐藏曲线本身、其导数 f′ 及其参数梯度 df/dθ</translation>
    </message>
    <message>
        <location filename="../../ui/curve_list.cpp" line="128"/>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <location filename="../../ui/curve_list.cpp" line="129"/>
        <source>Choose the colour of the selected curve</source>
        <translation>选择所选曲线的颜色</translation>
    </message>
    <message>
        <location filename="../../ui/curve_list.cpp" line="130"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/curve_list.cpp" line="93"/>
        <source>Curve colour</source>
        <translation>曲线颜色</translation>
    </message>
    <message>
        <location filename="../../ui/curve_list.cpp" line="131"/>
        <source>Remove the selected curve from the plot</source>
        <translation>从图中移除所选曲线</translation>
    </message>
    <message>
        <location filename="../../ui/curve_list.cpp" line="144"/>
        <source>Double-click to change the colour</source>
        <translation>双击以更改颜色</translation>
    </message>
</context>
<context>
    <name>actviz::ui::DeckFile</name>
    <message>
        <location filename="../../ui/deck.cpp" line="36"/>
        <source>%1&apos;s caption</source>
        <translation>%1的说明文字</translation>
    </message>
    <message>
        <location filename="../../ui/deck.cpp" line="36"/>
        <source>%1&apos;s title</source>
        <translation>%1的标题</translation>
    </message>
    <message>
        <location filename="../../ui/deck.cpp" line="39"/>
        <source>%1 must be a string, or an object of &quot;en&quot; and &quot;zh_CN&quot; strings.</source>
        <translation>%1必须是字符串，或由 &quot;en&quot; 和 &quot;zh_CN&quot; 字符串组成的对象。</translation>
    </message>
    <message>
        <location filename="../../ui/deck.cpp" line="55"/>
        <source>%1 has an unknown language &quot;%2&quot; (use en or zh_CN).</source>
        <translation>%1含有未知的语言 &quot;%2&quot;（请用 en 或 zh_CN）。</translation>
    </message>
    <message>
        <location filename="../../ui/deck.cpp" line="65"/>
        <source>Slide %1</source>
        <translation>幻灯片 %1</translation>
    </message>
    <message>
        <location filename="../../ui/deck.cpp" line="66"/>
        <source>%1 is not an object.</source>
        <translation>%1 不是对象。</translation>
    </message>
    <message>
        <location filename="../../ui/deck.cpp" line="71"/>
        <source>%1 has an unknown key &quot;%2&quot;.</source>
        <translation>%1 含有未知的键 &quot;%2&quot;。</translation>
    </message>
    <message>
        <location filename="../../ui/deck.cpp" line="77"/>
        <source>%1 has no &quot;scene&quot; object (a scene as a scene file holds it).</source>
        <translation>%1没有 &quot;scene&quot; 对象（即场景文件中的场景）。</translation>
    </message>
    <message>
        <location filename="../../ui/deck.cpp" line="100"/>
        <source>%1 characters; at most %2 fit on a slide.</source>
        <translation>%1 个字符；一张幻灯片最多容纳 %2 个。</translation>
    </message>
    <message>
        <location filename="../../ui/deck.cpp" line="106"/>
        <source>control characters other than line breaks are not allowed.</source>
        <translation>除换行外不允许控制字符。</translation>
    </message>
    <message>
        <location filename="../../ui/deck.cpp" line="107"/>
        <source>a title is one line, without control characters.</source>
        <translation>标题只能有一行，且不含控制字符。</translation>
    </message>
    <message>
        <location filename="../../ui/deck.cpp" line="140"/>
        <source>Not an actviz scene or deck: &quot;format&quot; is neither &quot;actviz-scene&quot; nor &quot;actviz-deck&quot;.</source>
        <translation>不是 actviz 场景或幻灯片组：&quot;format&quot; 既不是 &quot;actviz-scene&quot; 也不是 &quot;actviz-deck&quot;。</translation>
    </message>
    <message>
        <location filename="../../ui/deck.cpp" line="145"/>
        <source>The deck has no valid format &quot;version&quot;.</source>
        <translation>幻灯片组没有有效的格式 &quot;version&quot;。</translation>
    </message>
    <message>
        <location filename="../../ui/deck.cpp" line="147"/>
        <source>The deck was written by a newer actviz (format version %1; this version reads up to %2).</source>
        <translation>该幻灯片组由更新版本的 actviz 写入（格式版本 %1；本版本最高只能读取 %2）。</translation>
    </message>
    <message>
        <location filename="../../ui/deck.cpp" line="154"/>
        <source>The deck has an unknown key &quot;%1&quot;.</source>
        <translation>幻灯片组含有未知的键 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location filename="../../ui/deck.cpp" line="157"/>
        <source>A deck needs &quot;slides&quot;: an array of at least one slide.</source>
        <translation>幻灯片组需要 &quot;slides&quot;：至少含一张幻灯片的数组。</translation>
    </message>
    <message>
        <location filename="../../ui/deck.cpp" line="160"/>
        <source>The deck has %1 slides; at most %2 are supported.</source>
        <translation>幻灯片组有 %1 张幻灯片；最多支持 %2 张。</translation>
    </message>
    <message>
        <location filename="../../ui/deck.cpp" line="175"/>
        <source>a scene or deck file</source>
        <translation>场景或幻灯片组文件</translation>
    </message>
</context>
<context>
    <name>actviz::ui::DepthView</name>
    <message>
        <location filename="../../ui/depth_view.cpp" line="100"/>
        <source>Gradient through the depth of a network</source>
        <translation>梯度随网络深度的变化</translation>
    </message>
    <message>
        <location filename="../../ui/depth_view.cpp" line="102"/>
        <source>For each curve, the size of the gradient |d output / d input| after each layer of a chain of layers, on a logarithmic axis</source>
        <translation>对每条曲线，显示一串层中每层之后梯度 |d 输出 / d 输入| 的大小，纵轴为对数刻度</translation>
    </message>
    <message>
        <location filename="../../ui/depth_view.cpp" line="104"/>
        <source>depth (layers)</source>
        <translation>深度（层数）</translation>
    </message>
    <message>
        <location filename="../../ui/depth_view.cpp" line="105"/>
        <source>|d output / d input|</source>
        <translation>|d 输出 / d 输入|</translation>
    </message>
    <message>
        <location filename="../../ui/depth_view.cpp" line="107"/>
        <source>Layers L</source>
        <translation>层数 L</translation>
    </message>
    <message>
        <location filename="../../ui/depth_view.cpp" line="108"/>
        <source>Weight w</source>
        <translation>权重 w</translation>
    </message>
    <message>
        <location filename="../../ui/depth_view.cpp" line="109"/>
        <source>Input x₀</source>
        <translation>输入 x₀</translation>
    </message>
    <message>
        <location filename="../../ui/depth_view.cpp" line="110"/>
        <source>How many layers the chain has</source>
        <translation>这串层的层数</translation>
    </message>
    <message>
        <location filename="../../ui/depth_view.cpp" line="111"/>
        <source>The weight w each layer multiplies its input by</source>
        <translation>每层乘到输入上的权重 w</translation>
    </message>
    <message>
        <location filename="../../ui/depth_view.cpp" line="112"/>
        <source>The input x₀ to the first layer</source>
        <translation>第一层的输入 x₀</translation>
    </message>
    <message>
        <location filename="../../ui/depth_view.cpp" line="124"/>
        <source>L = %1, w = %2, x₀ = %3</source>
        <translation>L = %1，w = %2，x₀ = %3</translation>
    </message>
</context>
<context>
    <name>actviz::ui::Export</name>
    <message>
        <location filename="../../ui/exporter.cpp" line="91"/>
        <source>Rendering a %1 x %2 image failed (out of memory?).</source>
        <translation>渲染 %1 x %2 的图像失败（内存不足？）。</translation>
    </message>
    <message>
        <location filename="../../ui/exporter.cpp" line="115"/>
        <source>Encoding failed: %1.</source>
        <translation>编码失败：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/exporter.cpp" line="170"/>
        <source>Rendering the %1 failed.</source>
        <translation>渲染%1失败。</translation>
    </message>
    <message>
        <location filename="../../ui/exporter.cpp" line="267"/>
        <source>Rendering the plot failed.</source>
        <translation>渲染图像失败。</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.cpp" line="48"/>
        <source>The size must be between 16x16 and 10000x10000 pixels.</source>
        <translation>尺寸必须介于 16x16 到 10000x10000 像素之间。</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.cpp" line="49"/>
        <source>The scale must be between 1 and 4.</source>
        <translation>缩放比例必须介于 1 到 4 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.cpp" line="51"/>
        <source>The image would have %1 pixels (size times scale); the limit is %2.</source>
        <translation>图像将有 %1 个像素（尺寸乘以缩放倍数）；上限为 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/exporter.cpp" line="295"/>
        <source>a table has 2 to %1 rows, not %2</source>
        <translation>表格应有 2 到 %1 行，而不是 %2 行</translation>
    </message>
    <message>
        <location filename="../../ui/exporter.cpp" line="297"/>
        <source>a table of %1 rows by %2 columns (%3 numbers) is larger than the limit of %4 numbers; ask for fewer points or curves</source>
        <translation>%1 行 × %2 列的表格（%3 个数）超过了 %4 个数的上限；请减少点数或曲线数</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.cpp" line="54"/>
        <source>The DPI must be between 10 and 2400.</source>
        <translation>DPI 必须介于 10 到 2400 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.cpp" line="56"/>
        <source>A transparent background needs PNG or SVG.</source>
        <translation>透明背景需要 PNG 或 SVG 格式。</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.cpp" line="58"/>
        <source>The JPEG quality must be between 0 and 100.</source>
        <translation>JPEG 质量必须介于 0 到 100 之间。</translation>
    </message>
</context>
<context>
    <name>actviz::ui::ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="28"/>
        <source>Transparent background (PNG, SVG)</source>
        <translation>透明背景（PNG、SVG）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="32"/>
        <source>Export the plot</source>
        <translation>导出绘图</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="50"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="51"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="52"/>
        <source>Presentation</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="63"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="64"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="65"/>
        <source>Scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="66"/>
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="67"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="71"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="125"/>
        <source>Vector: %1 × %2</source>
        <translation>矢量：%1 × %2</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="126"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
</context>
<context>
    <name>actviz::ui::FlavorBox</name>
    <message>
        <location filename="../../ui/flavor_box.cpp" line="85"/>
        <location filename="../../ui/flavor_box.cpp" line="87"/>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <location filename="../../ui/flavor_box.cpp" line="86"/>
        <source>Draw the curve as the catalogue or a library defines it</source>
        <translation>按函数目录或某个库的定义绘制曲线</translation>
    </message>
    <message>
        <location filename="../../ui/flavor_box.cpp" line="88"/>
        <source>Δf against exact (right axis)</source>
        <translation>Δf：与精确定义之差（右轴）</translation>
    </message>
    <message>
        <location filename="../../ui/flavor_box.cpp" line="90"/>
        <source>Draw f(library) − f(exact), and f′ too when the derivative is shown, on the right axis</source>
        <translation>在右侧坐标轴上绘制 f(库) − f(精确)；显示导数时也绘制 f′ 之差</translation>
    </message>
    <message>
        <location filename="../../ui/flavor_box.cpp" line="111"/>
        <source>Catalogue (exact)</source>
        <translation>函数目录（精确）</translation>
    </message>
    <message>
        <location filename="../../ui/flavor_box.cpp" line="114"/>
        <source>%1 has no %2.</source>
        <translation>%1 没有 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/flavor_box.cpp" line="135"/>
        <source>PyTorch, JAX and Keras have no %1.</source>
        <translation>PyTorch、JAX 和 Keras 都没有 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/flavor_box.cpp" line="143"/>
        <source>Drawn: %1.</source>
        <translation>绘制的是：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/flavor_box.cpp" line="149"/>
        <source>%1 = %2 (its default: %3)</source>
        <translation>%1 = %2（其默认值为 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/flavor_box.cpp" line="154"/>
        <source>Called with %1.</source>
        <translation>调用时取 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/flavor_box.cpp" line="154"/>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>actviz::ui::Formula</name>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="38"/>
        <source>missing ) at column %1 to close the ( at column %2</source>
        <translation>第 %1 列缺少 )，用于闭合第 %2 列的 (</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="41"/>
        <source>missing ) before %1 at column %2 to close the ( at column %3</source>
        <translation>第 %2 列的 %1 之前缺少 )，用于闭合第 %3 列的 (</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="44"/>
        <source>unmatched ) at column %1</source>
        <translation>第 %1 列的 ) 没有匹配的 (</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="46"/>
        <source>unknown function %1 at column %2</source>
        <translation>第 %2 列：未知函数 %1</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="48"/>
        <source>unexpected character %1 at column %2</source>
        <translation>第 %2 列：意外的字符 %1</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="50"/>
        <source>expected an operator before %1 at column %2 (write 2*x, not 2x)</source>
        <translation>第 %2 列的 %1 之前缺少运算符（请写 2*x，而不是 2x）</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="53"/>
        <source>expected an operator before %1 at column %2</source>
        <translation>第 %2 列的 %1 之前缺少运算符</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="55"/>
        <source>the formula ends too early: expected a number, a name or ( after column %1</source>
        <translation>公式提前结束：第 %1 列之后应有数字、名字或 (</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="58"/>
        <source>expected a number, a name or ( at column %1, found %2</source>
        <translation>第 %1 列应为数字、名字或 (，却是 %2</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="61"/>
        <source>the formula does not use x: an activation is a function of x</source>
        <translation>公式中没有 x：激活函数是 x 的函数</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="64"/>
        <source>the formula does not depend on x</source>
        <translation>公式不依赖于 x</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="66"/>
        <source>%1 is a function: write %2 at column %3</source>
        <translation>第 %3 列：%1 是函数，请写成 %2</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="68"/>
        <source>%1 takes %2 argument(s), got %3 at column %4</source>
        <translation>第 %4 列：%1 需要 %2 个参数，却给了 %3 个</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="70"/>
        <source>the formula divides by zero</source>
        <translation>公式中有除以零</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="72"/>
        <source>the formula takes the logarithm of 0</source>
        <translation>公式中有 0 的对数</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="74"/>
        <source>the formula is not real-valued (it takes the logarithm or a root of a negative number)</source>
        <translation>公式的值不是实数（它取了负数的对数或方根）</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="77"/>
        <source>a formula may have at most %1 parameters; %2 at column %3 would be one more</source>
        <translation>公式最多可有 %1 个参数；第 %3 列的 %2 会超出</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="80"/>
        <source>use &lt;, &lt;=, &gt; or &gt;= in a condition at column %1</source>
        <translation>第 %1 列：条件中请使用 &lt;、&lt;=、&gt; 或 &gt;=</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="83"/>
        <source>if needs a condition first, such as if(x &gt; 0, x, 0) at column %1</source>
        <translation>第 %1 列：if 的第一个参数应是条件，例如 if(x &gt; 0, x, 0)</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="86"/>
        <source>type a formula in x, such as x * sigmoid(x)</source>
        <translation>请输入关于 x 的公式，例如 x * sigmoid(x)</translation>
    </message>
</context>
<context>
    <name>actviz::ui::FormulaDialog</name>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="41"/>
        <source>New function from a formula</source>
        <translation>由公式新建函数</translation>
    </message>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="44"/>
        <source>Type f(x). Any other name is a parameter with a slider. You can use + − * / ^, abs, exp, log, log1p, expm1, sqrt, erf, tanh, pow(a, b), min, max, if(x &gt; 0, a, b), pi, e and every catalogue function by its id, such as gelu(x) or smu(x, alpha=0.5).</source>
        <translation>输入 f(x)。其他名字都是参数，各有一个滑块。可用 + − * / ^、abs、exp、log、log1p、expm1、sqrt、erf、tanh、pow(a, b)、min、max、if(x &gt; 0, a, b)、pi、e，以及目录中每个函数的 id，例如 gelu(x) 或 smu(x, alpha=0.5)。</translation>
    </message>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="53"/>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="57"/>
        <source>Formula check</source>
        <translation>公式检查</translation>
    </message>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="62"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="62"/>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="62"/>
        <source>Slider from</source>
        <translation>滑块下限</translation>
    </message>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="62"/>
        <source>Slider to</source>
        <translation>滑块上限</translation>
    </message>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="62"/>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="65"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="70"/>
        <source>Derivative</source>
        <translation>导数</translation>
    </message>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="80"/>
        <source>Add curve</source>
        <translation>添加曲线</translation>
    </message>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="104"/>
        <source>Edit the formula</source>
        <translation>编辑公式</translation>
    </message>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="105"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="133"/>
        <source>Type a formula in x, such as x * sigmoid(beta*x).</source>
        <translation>请输入关于 x 的公式，例如 x * sigmoid(beta*x)。</translation>
    </message>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="140"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="199"/>
        <source>Parameter %1: &apos;%2&apos; is not a number.</source>
        <translation>参数 %1：“%2”不是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="230"/>
        <source>f′(x) = %1</source>
        <translation>f′(x) = %1</translation>
    </message>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="233"/>
        <source>∂f/∂%1 = %2</source>
        <translation>∂f/∂%1 = %2</translation>
    </message>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="240"/>
        <source>Same as %1: the catalogue&apos;s %1 is computed exactly; you can switch to it from the Properties panel once the curve is added.</source>
        <translation>与 %1 相同：目录中的 %1 是精确计算的；添加曲线后，可在“性质”面板中切换到它。</translation>
    </message>
    <message>
        <location filename="../../ui/formula_dialog.cpp" line="244"/>
        <source>The formula is valid.</source>
        <translation>公式有效。</translation>
    </message>
</context>
<context>
    <name>actviz::ui::FormulaPanel</name>
    <message>
        <location filename="../../ui/formula_panel.cpp" line="63"/>
        <source>No parameters.</source>
        <translation>无参数。</translation>
    </message>
    <message>
        <location filename="../../ui/formula_panel.cpp" line="96"/>
        <source>(formula image missing: %1)</source>
        <translation>（缺少公式图像：%1）</translation>
    </message>
    <message>
        <location filename="../../ui/formula_panel.cpp" line="121"/>
        <source>Select a curve to see its formula.</source>
        <translation>选择一条曲线以查看其公式。</translation>
    </message>
</context>
<context>
    <name>actviz::ui::FunctionPicker</name>
    <message>
        <location filename="../../ui/function_picker.cpp" line="90"/>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../../ui/function_picker.cpp" line="91"/>
        <source>Check a function to add its curve to the plot</source>
        <translation>勾选一个函数，即可把它的曲线加入图中</translation>
    </message>
    <message>
        <location filename="../../ui/function_picker.cpp" line="92"/>
        <source>Add again</source>
        <translation>再次添加</translation>
    </message>
    <message>
        <location filename="../../ui/function_picker.cpp" line="94"/>
        <source>Add another curve of the selected function, to compare parameter values</source>
        <translation>再添加一条所选函数的曲线，以比较不同的参数值</translation>
    </message>
    <message>
        <location filename="../../ui/function_picker.cpp" line="95"/>
        <source>From formula…</source>
        <translation>由公式…</translation>
    </message>
    <message>
        <location filename="../../ui/function_picker.cpp" line="96"/>
        <source>Type a function of your own (Functions → New from formula…, Ctrl+Shift+F)</source>
        <translation>输入自己的函数（函数 → 由公式新建…，Ctrl+Shift+F）</translation>
    </message>
    <message>
        <location filename="../../ui/function_picker.cpp" line="139"/>
        <source>Remove all %1 %2 curves? (Select one in the curve list to remove only that one.)</source>
        <translation>移除全部 %1 条 %2 曲线？（只想移除其中一条时，请在曲线列表中选中它。）</translation>
    </message>
    <message>
        <location filename="../../ui/function_picker.cpp" line="143"/>
        <source>Remove curves</source>
        <translation>移除曲线</translation>
    </message>
</context>
<context>
    <name>actviz::ui::GhostOverlay</name>
    <message>
        <location filename="../../ui/ghost_overlay.cpp" line="127"/>
        <source>%1 -&gt; %2: max |f - g| = %3</source>
        <translation>%1 -&gt; %2：max |f - g| = %3</translation>
    </message>
</context>
<context>
    <name>actviz::ui::Gif</name>
    <message>
        <location filename="../../ui/gif_writer.cpp" line="75"/>
        <source>GIF frames must all have the same, non-zero size.</source>
        <translation>GIF 的所有帧必须尺寸相同且不为零。</translation>
    </message>
    <message>
        <location filename="../../ui/gif_writer.cpp" line="83"/>
        <location filename="../../ui/gif_writer.cpp" line="88"/>
        <location filename="../../ui/gif_writer.cpp" line="106"/>
        <source>GIF encoder: out of memory</source>
        <translation>GIF 编码器：内存不足</translation>
    </message>
    <message>
        <location filename="../../ui/gif_writer.cpp" line="128"/>
        <source>No frames to encode.</source>
        <translation>没有可编码的帧。</translation>
    </message>
    <message>
        <location filename="../../ui/gif_writer.cpp" line="55"/>
        <location filename="../../ui/gif_writer.cpp" line="78"/>
        <location filename="../../ui/gif_writer.cpp" line="129"/>
        <source>GIF encoder: %1</source>
        <translation>GIF 编码器：%1</translation>
    </message>
</context>
<context>
    <name>actviz::ui::GraphLayer</name>
    <message>
        <location filename="../../ui/graph_layer.cpp" line="245"/>
        <source>%1: f′</source>
        <translation>%1：f′</translation>
    </message>
    <message>
        <location filename="../../ui/graph_layer.cpp" line="256"/>
        <source>%1: df/d%2</source>
        <translation>%1：df/d%2</translation>
    </message>
    <message>
        <location filename="../../ui/graph_layer.cpp" line="274"/>
        <source>%1: Δf = %2 − exact (right axis)</source>
        <translation>%1：Δf = %2 − 精确（右轴）</translation>
    </message>
    <message>
        <location filename="../../ui/graph_layer.cpp" line="275"/>
        <source>%1: Δf′ = %2 − exact (right axis)</source>
        <translation>%1：Δf′ = %2 − 精确（右轴）</translation>
    </message>
</context>
<context>
    <name>actviz::ui::Handout</name>
    <message>
        <location filename="../../ui/handout.cpp" line="141"/>
        <source>Slide %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <location filename="../../ui/handout.cpp" line="188"/>
        <location filename="../../ui/handout.cpp" line="223"/>
        <location filename="../../ui/handout.cpp" line="231"/>
        <location filename="../../ui/handout.cpp" line="239"/>
        <source>Rendering the PDF failed.</source>
        <translation>渲染 PDF 失败。</translation>
    </message>
    <message>
        <location filename="../../ui/handout.cpp" line="192"/>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
</context>
<context>
    <name>actviz::ui::Output</name>
    <message>
        <location filename="../../ui/output_file.cpp" line="60"/>
        <source>standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <location filename="../../ui/output_file.cpp" line="61"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/output_file.cpp" line="66"/>
        <source>no output file given</source>
        <translation>没有指定输出文件</translation>
    </message>
    <message>
        <location filename="../../ui/output_file.cpp" line="73"/>
        <source>cannot write %1: it is a folder</source>
        <translation>无法写入 %1：这是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/output_file.cpp" line="86"/>
        <source>the output is not open</source>
        <translation>输出尚未打开</translation>
    </message>
</context>
<context>
    <name>actviz::ui::ParameterPanel</name>
    <message>
        <location filename="../../ui/parameter_panel.cpp" line="88"/>
        <source>Once</source>
        <translation>单次</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_panel.cpp" line="88"/>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_panel.cpp" line="88"/>
        <source>Bounce</source>
        <translation>往返</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_panel.cpp" line="91"/>
        <source>How the play buttons sweep a parameter</source>
        <translation>播放按钮扫描参数的方式</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_panel.cpp" line="92"/>
        <source>Sweep mode</source>
        <translation>扫描方式</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_panel.cpp" line="93"/>
        <source>Sweep speed (1x: 3 s across the slider)</source>
        <translation>扫描速度（1x：3 秒扫过整个滑块）</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_panel.cpp" line="94"/>
        <source>Sweep speed</source>
        <translation>扫描速度</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_panel.cpp" line="95"/>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_panel.cpp" line="105"/>
        <source>Select a curve to change its parameters.</source>
        <translation>选择一条曲线以更改其参数。</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_panel.cpp" line="250"/>
        <source>%1&apos;s definition fixes %2 at %3.</source>
        <translation>%1 的定义把 %2 固定为 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_panel.cpp" line="97"/>
        <location filename="../../ui/parameter_panel.cpp" line="183"/>
        <source>This function has no parameters.</source>
        <translation>此函数没有参数。</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_panel.cpp" line="98"/>
        <location filename="../../ui/parameter_panel.cpp" line="204"/>
        <source>Reset all to defaults</source>
        <translation>全部重置为默认值</translation>
    </message>
</context>
<context>
    <name>actviz::ui::ParameterSlider</name>
    <message>
        <location filename="../../ui/parameter_slider.cpp" line="120"/>
        <source>%1 .. %2 (%3 scale); type any value in the field: %4</source>
        <translation>%1 .. %2（%3刻度）；可在输入框中键入任意值：%4</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_slider.cpp" line="122"/>
        <source>logarithmic</source>
        <translation>对数</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_slider.cpp" line="122"/>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_slider.cpp" line="124"/>
        <source>Exact value: %1</source>
        <translation>精确值：%1</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_slider.cpp" line="126"/>
        <source>Reset to the default, %1</source>
        <translation>重置为默认值 %1</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_slider.cpp" line="127"/>
        <source>Sweep this parameter across its slider range</source>
        <translation>在滑块范围内扫描此参数</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_slider.cpp" line="129"/>
        <source>%1 (%2), slider</source>
        <translation>%1（%2），滑块</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_slider.cpp" line="130"/>
        <source>%1 (%2), exact value</source>
        <translation>%1（%2），精确值</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_slider.cpp" line="131"/>
        <source>Reset %1</source>
        <translation>重置%1</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_slider.cpp" line="132"/>
        <source>Sweep %1</source>
        <translation>扫描%1</translation>
    </message>
    <message>
        <location filename="../../ui/parameter_slider.cpp" line="192"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; 不是数字。</translation>
    </message>
</context>
<context>
    <name>actviz::ui::PlotView</name>
    <message>
        <location filename="../../ui/plot_view.cpp" line="55"/>
        <location filename="../../ui/plot_view.cpp" line="422"/>
        <source>Plot</source>
        <translation>图像</translation>
    </message>
</context>
<context>
    <name>actviz::ui::Png</name>
    <message>
        <location filename="../../ui/png_writer.cpp" line="54"/>
        <source>PNG encoding failed: %1</source>
        <translation>PNG 编码失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/png_writer.cpp" line="58"/>
        <source>the image is empty (0 x 0 pixels)</source>
        <translation>图像为空（0 x 0 像素）</translation>
    </message>
    <message>
        <location filename="../../ui/png_writer.cpp" line="62"/>
        <source>out of memory converting the image</source>
        <translation>转换图像时内存不足</translation>
    </message>
    <message>
        <location filename="../../ui/png_writer.cpp" line="66"/>
        <location filename="../../ui/png_writer.cpp" line="70"/>
        <source>libpng could not start</source>
        <translation>libpng 无法启动</translation>
    </message>
</context>
<context>
    <name>actviz::ui::PrecisionView</name>
    <message>
        <location filename="../../ui/precision_view.cpp" line="44"/>
        <source>an exponential</source>
        <translation>指数运算</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="45"/>
        <source>a sum</source>
        <translation>加法</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="46"/>
        <source>a difference</source>
        <translation>减法</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="47"/>
        <source>a product</source>
        <translation>乘法</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="48"/>
        <source>a quotient</source>
        <translation>除法</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="49"/>
        <source>a logarithm</source>
        <translation>对数运算</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="50"/>
        <source>a square root</source>
        <translation>开平方</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="59"/>
        <source>%1 overflows %2</source>
        <translation>%1在 %2 中上溢</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="61"/>
        <source>%1 underflows to 0 in %2</source>
        <translation>%1在 %2 中下溢为 0</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="64"/>
        <source>the logarithm of a number near 1 magnifies its rounding error (ln(1 + t) wants log1p)</source>
        <translation>对接近 1 的数取对数会放大其舍入误差（ln(1 + t) 应改用 log1p）</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="66"/>
        <source>%1 of nearly equal numbers cancels the leading digits</source>
        <translation>对几乎相等的两个数做%1，前几位有效数字相互抵消</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="68"/>
        <source>%1 gives NaN (∞/∞, ∞ − ∞ or 0·∞)</source>
        <translation>%1得到 NaN（∞/∞、∞ − ∞ 或 0·∞）</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="70"/>
        <source>%1 keeps few digits of its small term (1 + tiny)</source>
        <translation>%1只保留了较小一项的少数几位（1 + 极小量）</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="74"/>
        <source>rounding errors add up</source>
        <translation>舍入误差逐步累积</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="80"/>
        <source>the textbook form gives NaN</source>
        <translation>教科书写法得到 NaN</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="82"/>
        <source>the textbook form gives an infinity</source>
        <translation>教科书写法得到无穷大</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="83"/>
        <source>the textbook form gives 0</source>
        <translation>教科书写法得到 0</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="84"/>
        <source>the textbook form gives NaN in places</source>
        <translation>教科书写法在部分位置得到 NaN</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="86"/>
        <source>the textbook form gives an infinity in places</source>
        <translation>教科书写法在部分位置得到无穷大</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="87"/>
        <source>the textbook form gives 0 in places</source>
        <translation>教科书写法在部分位置得到 0</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="88"/>
        <source>the textbook form is off by up to %1 ulps</source>
        <translation>教科书写法最多偏差 %1 ulp</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="184"/>
        <location filename="../../ui/precision_view.cpp" line="190"/>
        <source>Precision lens</source>
        <translation>精度透镜</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="185"/>
        <source>&amp;Curve</source>
        <translation>曲线(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="186"/>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="187"/>
        <source>&amp;Derivative f′</source>
        <translation>导数 f′(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="188"/>
        <source>The curve of the scene whose formulations are compared</source>
        <translation>要比较两种写法的场景曲线</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="189"/>
        <source>The floating-point format every operation is rounded to</source>
        <translation>每一步运算都舍入到的浮点格式</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="192"/>
        <source>The error of the textbook and of the stable formulation, in units in the last place of the format, against x, on a logarithmic axis</source>
        <translation>教科书写法与稳定写法的误差（以该格式的末位单位 ulp 计）随 x 的变化，纵轴为对数刻度</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="232"/>
        <source>error (ulp)</source>
        <translation>误差（ulp）</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="253"/>
        <source>Add a curve to the scene to see how precisely it can be computed.</source>
        <translation>请先在场景中添加一条曲线，再查看它能被算得多精确。</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="258"/>
        <source>%1 is a typed formula: the precision lens compares the catalogue&apos;s textbook and stable formulations, which a typed formula does not have.</source>
        <translation>%1 是由公式输入的函数：精度透镜比较的是目录中函数的教科书写法与稳定写法，由公式输入的函数没有这些写法。</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="267"/>
        <source>%1 = %2 is %3 in %4, which %5 does not accept.</source>
        <translation>%1 = %2 在 %4 中变为 %3，%5 不接受这个值。</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="289"/>
        <source>textbook: %1</source>
        <translation>教科书写法：%1</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="291"/>
        <source>stable: %1</source>
        <translation>稳定写法：%1</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="302"/>
        <source>∞ or NaN</source>
        <translation>∞ 或 NaN</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="338"/>
        <source>x = %1</source>
        <translation>x = %1</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="339"/>
        <source>x from %1 to %2</source>
        <translation>x 从 %1 到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="341"/>
        <source>%1. %2: %3; %4, the stable form by at most %5 ulps.</source>
        <translation>%1. %2：%3；%4，稳定写法至多偏差 %5 ulp。</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="351"/>
        <source>Here the textbook form is within 8 ulps, or within 4 times the stable form&apos;s error.</source>
        <translation>在此范围内，教科书写法的误差不超过 8 ulp，或不超过稳定写法误差的 4 倍。</translation>
    </message>
    <message>
        <location filename="../../ui/precision_view.cpp" line="347"/>
        <source>%1 has one formulation: a library computes it as written, and its error is the rounding of each operation.</source>
        <translation>%1 只有一种写法：函数库照式计算，其误差只来自每一步运算的舍入。</translation>
    </message>
</context>
<context>
    <name>actviz::ui::PropertiesPanel</name>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="156"/>
        <source>## Computed for %1 on [%2, %3]

</source>
        <translation>## %1 在 [%2, %3] 上的计算结果

</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="101"/>
        <source>f(0) = %1, f′(0) = %2</source>
        <translation>f(0) = %1，f′(0) = %2</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="79"/>
        <source>A function typed as a formula: `%1`. It is evaluated as written, in double precision, as a plotting program would; f′ and the derivative for each parameter are derived symbolically (with GiNaC) and simplified. Where the formula as written loses digits (cancellation, overflow in exp), so do its values; the catalogue&apos;s functions are computed exactly.</source>
        <translation>由公式输入的函数：`%1`。它按所写的形式以双精度求值，与一般绘图程序相同；f′ 与各参数的导数由符号运算（GiNaC）求得并化简。若所写公式会损失有效数字（相消、exp 溢出），其数值也会如此；目录中的函数则是精确计算的。</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="87"/>
        <source>**Same as %1**: it has the same values as the catalogue&apos;s %1. Use the catalogue&apos;s exact version: [switch this curve to %1](actviz:catalogue).</source>
        <translation>**与 %1 相同**：它的取值与目录中的 %1 一致。请使用目录中的精确版本：[将此曲线切换为 %1](actviz:catalogue)。</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="102"/>
        <source>Output range over the view: [%1, %2]</source>
        <translation>视图内的输出范围：[%1, %2]</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="104"/>
        <source>Monotonic: non-decreasing over the view</source>
        <translation>单调性：在视图内单调不减</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="106"/>
        <source>Monotonic: non-increasing over the view</source>
        <translation>单调性：在视图内单调不增</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="108"/>
        <source>Not monotonic over the view</source>
        <translation>在视图内不单调</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="110"/>
        <source>Minimum at x = %1, f = %2</source>
        <translation>最小值位于 x = %1，f = %2</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="111"/>
        <source>Zero-centred (odd, f(0) = 0)</source>
        <translation>零中心（奇函数，f(0) = 0）</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="111"/>
        <source>Not zero-centred</source>
        <translation>非零中心</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="119"/>
        <source>No saturation in view (|f′| ≥ 0.001 up to both ends)</source>
        <translation>视图内没有饱和（直到两端都有 |f′| ≥ 0.001）</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="121"/>
        <source>Saturated towards the edge of the view (|f′| &lt; 0.001, gradients vanish) on %1</source>
        <translation>向视图边缘饱和（|f′| &lt; 0.001，梯度消失）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="125"/>
        <source>f′ passes through 0 (a stationary point, not saturation): |f′| &lt; 0.001 only on %1</source>
        <translation>f′ 在驻点处穿过 0（这不是饱和）：仅在 %1 上 |f′| &lt; 0.001</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="132"/>
        <source>a point outside the view</source>
        <translation>视图之外的一点</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="133"/>
        <source>x = %1</source>
        <translation>x = %1</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="136"/>
        <source>Smooth everywhere (C∞)</source>
        <translation>处处光滑（C∞）</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="139"/>
        <source>C¹: f′ continuous, f″ jumps at %1</source>
        <translation>C¹：f′ 连续，f″ 在 %1 处跳变</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="142"/>
        <source>Continuous (C⁰), f′ jumps at %1</source>
        <translation>连续（C⁰），f′ 在 %1 处跳变（折点）</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="145"/>
        <source>Discontinuous: f jumps at %1</source>
        <translation>不连续：f 在 %1 处跳变</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="175"/>
        <source>Properties</source>
        <translation>性质</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="177"/>
        <source>What the selected function is, where it comes from, and its properties computed over the view</source>
        <translation>所选函数是什么、出自何处，以及在当前视图上计算出的性质</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="187"/>
        <source>Select a curve to see its properties.</source>
        <translation>选择一条曲线以查看其性质。</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.cpp" line="196"/>
        <source>Typed formula, evaluated as written in double precision</source>
        <translation>由公式输入，按所写形式以双精度求值</translation>
    </message>
</context>
<context>
    <name>actviz::ui::SceneFile</name>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="111"/>
        <source>%1: &quot;formula&quot; must be a string.</source>
        <translation>%1：“formula”必须是字符串。</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="113"/>
        <source>%1: a formula has no &quot;flavor&quot;.</source>
        <translation>%1：公式没有“flavor”。</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="118"/>
        <source>%1: &quot;parameters&quot; must be an object.</source>
        <translation>%1：“parameters”必须是对象。</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="121"/>
        <source>%1: parameter &quot;%2&quot;</source>
        <translation>%1：参数“%2”</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="122"/>
        <source>%1 must be an object.</source>
        <translation>%1 必须是对象。</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="127"/>
        <location filename="../../ui/scene_json.cpp" line="57"/>
        <source>%1 has an unknown key &quot;%2&quot;.</source>
        <translation>%1 含有未知的键 &quot;%2&quot;。</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="136"/>
        <source>%1: &quot;%2&quot; must be a number.</source>
        <translation>%1：“%2”必须是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="144"/>
        <source>%1: &quot;scale&quot; must be &quot;linear&quot; or &quot;log&quot;.</source>
        <translation>%1：“scale”必须是“linear”或“log”。</translation>
    </message>
    <message>
        <location filename="../../ui/formula_curve.cpp" line="152"/>
        <source>%1: formula &quot;%2&quot;: %3.</source>
        <translation>%1：公式“%2”：%3。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="66"/>
        <source>%1: &quot;%2&quot; must be true or false.</source>
        <translation>%1：&quot;%2&quot; 必须为 true 或 false。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="72"/>
        <source>Curve %1</source>
        <translation>曲线 %1</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="73"/>
        <location filename="../../ui/scene_json.cpp" line="297"/>
        <source>%1 is not an object.</source>
        <translation>%1 不是对象。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="83"/>
        <source>%1 has both a &quot;function&quot; and a &quot;formula&quot;.</source>
        <translation>%1 同时含有“function”与“formula”。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="87"/>
        <source>%1: &quot;parameters&quot; belong to a &quot;formula&quot;.</source>
        <translation>%1：“parameters”只属于“formula”。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="88"/>
        <source>%1 has no &quot;function&quot; name.</source>
        <translation>%1 没有 &quot;function&quot; 名称。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="91"/>
        <source>%1: unknown function &quot;%2&quot;.</source>
        <translation>%1：未知函数 &quot;%2&quot;。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="101"/>
        <source>a value that is not a string</source>
        <translation>一个不是字符串的值</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="102"/>
        <source>%1: unknown &quot;flavor&quot; %2 (use exact, pytorch, jax or keras).</source>
        <translation>%1：未知的 &quot;flavor&quot; %2（请使用 exact、pytorch、jax 或 keras）。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="107"/>
        <source>%1: %2 has no %3.</source>
        <translation>%1：%2 没有 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="114"/>
        <source>%1: &quot;params&quot; must be an object.</source>
        <translation>%1：&quot;params&quot; 必须是对象。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="119"/>
        <source>%1: %2 has no parameter &quot;%3&quot;.</source>
        <translation>%1：%2 没有参数 &quot;%3&quot;。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="122"/>
        <source>%1: parameter %2 is not a number.</source>
        <translation>%1：参数 %2 不是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="126"/>
        <location filename="../../ui/scene_json.cpp" line="141"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="131"/>
        <source>%1: &quot;color&quot; must be a colour such as &quot;#0072b2&quot;.</source>
        <translation>%1：&quot;color&quot; 必须是颜色，例如 &quot;#0072b2&quot;。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="150"/>
        <source>The view&apos;s &quot;%1&quot; must be a pair of numbers [min, max].</source>
        <translation>视图的 &quot;%1&quot; 必须是一对数字 [min, max]。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="233"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="239"/>
        <source>Not valid JSON: %1 at byte %2.</source>
        <translation>不是有效的 JSON：%1，位于第 %2 字节。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="242"/>
        <source>Not an actviz scene: the top level is not an object.</source>
        <translation>不是 actviz 场景：顶层不是对象。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="256"/>
        <source>Not an actviz scene: &quot;format&quot; is not &quot;actviz-scene&quot;.</source>
        <translation>不是 actviz 场景：&quot;format&quot; 不是 &quot;actviz-scene&quot;。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="260"/>
        <source>The scene has no valid format &quot;version&quot;.</source>
        <translation>场景没有有效的格式 &quot;version&quot;。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="262"/>
        <source>The scene was written by a newer actviz (format version %1; this version reads up to %2).</source>
        <translation>该场景由更新版本的 actviz 写入（格式版本 %1；本版本最高只能读取 %2）。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="269"/>
        <source>The scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="275"/>
        <source>&quot;curves&quot; must be an array.</source>
        <translation>&quot;curves&quot; 必须是数组。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="278"/>
        <source>The scene has %1 curves; at most %2 are supported.</source>
        <translation>场景有 %1 条曲线；最多支持 %2 条。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="289"/>
        <source>&quot;tangents&quot; must be an array.</source>
        <translation>&quot;tangents&quot; 必须是数组。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="291"/>
        <source>The scene has %1 tangents; at most %2 are supported.</source>
        <translation>场景有 %1 条切线；最多支持 %2 条。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="296"/>
        <source>Tangent %1</source>
        <translation>切线 %1</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="303"/>
        <source>%1: the scene has no curve for it.</source>
        <translation>%1：场景中没有可供它使用的曲线。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="306"/>
        <source>%1: &quot;curve&quot; must be the index of one of the scene&apos;s curves, from 0 to %2.</source>
        <translation>%1：&quot;curve&quot; 必须是场景中某条曲线的序号，取 0 到 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="311"/>
        <source>%1: &quot;x&quot; must be a finite number.</source>
        <translation>%1：&quot;x&quot; 必须是有限数。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="318"/>
        <source>&quot;depth&quot; must be an object.</source>
        <translation>&quot;depth&quot; 必须是对象。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="320"/>
        <location filename="../../ui/scene_json.cpp" line="322"/>
        <source>The depth view</source>
        <translation>深度视图</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="329"/>
        <source>The depth view&apos;s &quot;layers&quot; must be a whole number from 1 to 1000.</source>
        <translation>深度视图的 &quot;layers&quot; 必须是 1 到 1000 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="336"/>
        <source>The depth view&apos;s &quot;%1&quot; must be a finite number.</source>
        <translation>深度视图的 &quot;%1&quot; 必须是有限数。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="344"/>
        <source>The softmax view</source>
        <translation>Softmax 视图</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="345"/>
        <source>&quot;softmax&quot; must be an object.</source>
        <translation>&quot;softmax&quot; 必须是对象。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="353"/>
        <source>The softmax view needs 2 to 10 &quot;logits&quot;.</source>
        <translation>Softmax 视图需要 2 到 10 个 &quot;logits&quot;。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="357"/>
        <source>Every softmax logit must be a finite number.</source>
        <translation>每个 softmax logit 都必须是有限数。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="364"/>
        <source>The softmax temperature must be a finite number &gt; 0.</source>
        <translation>Softmax 温度必须是大于 0 的有限数。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="370"/>
        <source>&quot;view&quot; must be an object.</source>
        <translation>&quot;view&quot; 必须是对象。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="372"/>
        <source>The view</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="380"/>
        <source>Unknown theme (use light, dark or presentation).</source>
        <translation>未知主题（请使用 light、dark 或 presentation）。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="386"/>
        <source>Unknown language (use en or zh_CN).</source>
        <translation>未知语言（请使用 en 或 zh_CN）。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="398"/>
        <source>%1 is a folder, not %2</source>
        <translation>%1 是文件夹，不是%2</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="404"/>
        <source>%1 is larger than %2 bytes: not %3</source>
        <translation>%1 超过 %2 字节：不是%3</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="422"/>
        <source>a scene file</source>
        <translation>场景文件</translation>
    </message>
    <message>
        <location filename="../../ui/scene_json.cpp" line="400"/>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="25"/>
        <source>unexpected text after the JSON value</source>
        <translation>JSON 值之后还有多余的文本</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="45"/>
        <source>Not valid JSON at line %1, column %2: %3.</source>
        <translation>第 %1 行第 %2 列不是有效的 JSON：%3。</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="60"/>
        <source>unknown word (true, false or null?)</source>
        <translation>未知的词（应为 true、false 或 null？）</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="76"/>
        <source>a number may not start with 0 before more digits</source>
        <translation>数字不能以 0 开头后接其他数字</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="78"/>
        <source>a number needs a digit before any decimal point</source>
        <translation>小数点前必须有数字</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="82"/>
        <source>a number needs a digit after its decimal point</source>
        <translation>小数点后必须有数字</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="87"/>
        <source>a number needs digits in its exponent</source>
        <translation>指数部分必须有数字</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="131"/>
        <source>a string is not closed</source>
        <translation>字符串没有结束引号</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="137"/>
        <source>a control character inside a string</source>
        <translation>字符串中有控制字符</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="169"/>
        <source>\u needs four hexadecimal digits</source>
        <translation>\u 之后需要四位十六进制数字</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="173"/>
        <location filename="../../ui/strict_json.cpp" line="177"/>
        <location filename="../../ui/strict_json.cpp" line="181"/>
        <source>a lone surrogate in a \u escape</source>
        <translation>\u 转义中有不成对的代理项</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="188"/>
        <source>an unknown escape in a string</source>
        <translation>字符串中有未知的转义</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="203"/>
        <location filename="../../ui/strict_json.cpp" line="215"/>
        <source>text that is not UTF-8</source>
        <translation>文本不是 UTF-8 编码</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="239"/>
        <source>the text ends where a value should be</source>
        <translation>文本在应有值的地方结束了</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="240"/>
        <source>a value was expected</source>
        <translation>此处应有一个值</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="246"/>
        <location filename="../../ui/strict_json.cpp" line="286"/>
        <source>nested more than %1 levels deep</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="255"/>
        <source>a key in quotes was expected</source>
        <translation>此处应有带引号的键</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="262"/>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation>键 “%1” 在同一个对象中出现了两次</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="266"/>
        <source>&apos;:&apos; was expected after a key</source>
        <translation>键之后应有 &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="280"/>
        <source>&apos;,&apos; or &apos;}&apos; was expected</source>
        <translation>此处应有 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/strict_json.cpp" line="305"/>
        <source>&apos;,&apos; or &apos;]&apos; was expected</source>
        <translation>此处应有 &apos;,&apos; 或 &apos;]&apos;</translation>
    </message>
</context>
<context>
    <name>actviz::ui::SceneHistory</name>
    <message>
        <location filename="../../ui/scene_history.cpp" line="192"/>
        <source>add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../ui/scene_history.cpp" line="192"/>
        <source>remove a curve</source>
        <translation>移除曲线</translation>
    </message>
    <message>
        <location filename="../../ui/scene_history.cpp" line="194"/>
        <source>change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../../ui/scene_history.cpp" line="196"/>
        <source>style of %1</source>
        <translation>%1 的样式</translation>
    </message>
    <message>
        <location filename="../../ui/scene_history.cpp" line="198"/>
        <source>definition of %1</source>
        <translation>%1 的定义</translation>
    </message>
    <message>
        <location filename="../../ui/scene_history.cpp" line="200"/>
        <source>zoom and pan</source>
        <translation>缩放与平移</translation>
    </message>
    <message>
        <location filename="../../ui/scene_history.cpp" line="202"/>
        <source>theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/scene_history.cpp" line="204"/>
        <source>tangents</source>
        <translation>切线</translation>
    </message>
    <message>
        <location filename="../../ui/scene_history.cpp" line="206"/>
        <source>depth view</source>
        <translation>深度视图</translation>
    </message>
    <message>
        <location filename="../../ui/scene_history.cpp" line="208"/>
        <source>softmax view</source>
        <translation>Softmax 视图</translation>
    </message>
</context>
<context>
    <name>actviz::ui::SceneModel</name>
    <message>
        <location filename="../../ui/scene_model.cpp" line="174"/>
        <source>Softmax takes 2 to 10 logits, got %1.</source>
        <translation>Softmax 需要 2 到 10 个 logit，得到 %1 个。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_model.cpp" line="176"/>
        <source>Every logit must be a finite number.</source>
        <translation>每个 logit 都必须是有限数。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_model.cpp" line="178"/>
        <source>The temperature must be a finite number &gt; 0.</source>
        <translation>温度必须是大于 0 的有限数。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_model.cpp" line="241"/>
        <location filename="../../ui/scene_model.cpp" line="319"/>
        <source>There is no curve %1.</source>
        <translation>不存在曲线 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_model.cpp" line="244"/>
        <source>%1 has no parameter %2.</source>
        <translation>%1 没有参数 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_model.cpp" line="269"/>
        <source>a whole number &gt;= %1</source>
        <translation>不小于 %1 的整数</translation>
    </message>
    <message>
        <location filename="../../ui/scene_model.cpp" line="271"/>
        <source>a number &gt; %1</source>
        <translation>大于 %1 的数</translation>
    </message>
    <message>
        <location filename="../../ui/scene_model.cpp" line="273"/>
        <source>a finite number other than 0</source>
        <translation>非 0 的有限数</translation>
    </message>
    <message>
        <location filename="../../ui/scene_model.cpp" line="275"/>
        <source>a finite number (or inf)</source>
        <translation>有限数(或 inf)</translation>
    </message>
    <message>
        <location filename="../../ui/scene_model.cpp" line="277"/>
        <source>a finite number</source>
        <translation>有限数</translation>
    </message>
    <message>
        <location filename="../../ui/scene_model.cpp" line="278"/>
        <source>%1 must be %2, got %3.</source>
        <translation>%1 必须是%2,而输入的是 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_model.cpp" line="281"/>
        <source>%1 = %2 would break the rule between the parameters: %3.</source>
        <translation>%1 = %2 会违反参数之间的约束：%3。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_model.cpp" line="324"/>
        <source>%1 has no %2.</source>
        <translation>%1 没有 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_model.cpp" line="346"/>
        <source>The %1 range needs two finite numbers.</source>
        <translation>%1 范围需要两个有限的数。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_model.cpp" line="348"/>
        <source>The %1 range must start below where it ends.</source>
        <translation>%1 范围的起点必须小于终点。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_model.cpp" line="350"/>
        <source>The %1 range must stay within ±%2.</source>
        <translation>%1 范围必须在 ±%2 之内。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_model.cpp" line="353"/>
        <source>Each end of the %1 range must be 0 or at least %2 away from 0.</source>
        <translation>%1 范围的每一端必须是 0，或与 0 相距至少 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/scene_model.cpp" line="356"/>
        <source>The %1 range is too narrow to draw: it must span at least %2 of its larger end (and at least %3).</source>
        <translation>%1 范围太窄，无法绘制：宽度至少为较大端点绝对值的 %2 倍（且不小于 %3）。</translation>
    </message>
</context>
<context>
    <name>actviz::ui::SlideDeck</name>
    <message>
        <location filename="../../ui/slide_deck.cpp" line="242"/>
        <source>add a slide</source>
        <translation>添加幻灯片</translation>
    </message>
    <message>
        <location filename="../../ui/slide_deck.cpp" line="252"/>
        <source>duplicate a slide</source>
        <translation>复制幻灯片</translation>
    </message>
    <message>
        <location filename="../../ui/slide_deck.cpp" line="262"/>
        <source>remove a slide</source>
        <translation>删除幻灯片</translation>
    </message>
    <message>
        <location filename="../../ui/slide_deck.cpp" line="271"/>
        <source>move a slide</source>
        <translation>移动幻灯片</translation>
    </message>
    <message>
        <location filename="../../ui/slide_deck.cpp" line="286"/>
        <source>title of a slide</source>
        <translation>幻灯片标题</translation>
    </message>
    <message>
        <location filename="../../ui/slide_deck.cpp" line="292"/>
        <source>caption of a slide</source>
        <translation>幻灯片说明文字</translation>
    </message>
</context>
<context>
    <name>actviz::ui::SlideStrip</name>
    <message>
        <location filename="../../ui/slide_strip.cpp" line="104"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/slide_strip.cpp" line="105"/>
        <source>The view as a new slide after this one (Ctrl+Shift+N)</source>
        <translation>把当前视图作为新幻灯片，放在这一张之后（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../ui/slide_strip.cpp" line="106"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/slide_strip.cpp" line="107"/>
        <source>Duplicate this slide</source>
        <translation>复制这张幻灯片</translation>
    </message>
    <message>
        <location filename="../../ui/slide_strip.cpp" line="109"/>
        <location filename="../../ui/slide_strip.cpp" line="110"/>
        <source>Move this slide up</source>
        <translation>上移这张幻灯片</translation>
    </message>
    <message>
        <location filename="../../ui/slide_strip.cpp" line="112"/>
        <location filename="../../ui/slide_strip.cpp" line="113"/>
        <source>Move this slide down</source>
        <translation>下移这张幻灯片</translation>
    </message>
    <message>
        <location filename="../../ui/slide_strip.cpp" line="114"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/slide_strip.cpp" line="115"/>
        <source>Remove this slide</source>
        <translation>删除这张幻灯片</translation>
    </message>
    <message>
        <location filename="../../ui/slide_strip.cpp" line="116"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/slide_strip.cpp" line="117"/>
        <source>&amp;Caption</source>
        <translation>说明文字(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/slide_strip.cpp" line="118"/>
        <source>A sentence or two shown under the plot while presenting</source>
        <translation>演示时显示在图下方的一两句话</translation>
    </message>
    <message>
        <location filename="../../ui/slide_strip.cpp" line="119"/>
        <location filename="../../ui/slide_strip.cpp" line="121"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../ui/slide_strip.cpp" line="120"/>
        <location filename="../../ui/slide_strip.cpp" line="122"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/slide_strip.cpp" line="123"/>
        <source>Title in English</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <location filename="../../ui/slide_strip.cpp" line="124"/>
        <source>Title in Chinese</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location filename="../../ui/slide_strip.cpp" line="125"/>
        <source>Caption in English</source>
        <translation>英文说明文字</translation>
    </message>
    <message>
        <location filename="../../ui/slide_strip.cpp" line="126"/>
        <source>Caption in Chinese</source>
        <translation>中文说明文字</translation>
    </message>
    <message>
        <location filename="../../ui/slide_strip.cpp" line="130"/>
        <source>Slides</source>
        <translation>幻灯片</translation>
    </message>
    <message>
        <location filename="../../ui/slide_strip.cpp" line="132"/>
        <source>The lecture&apos;s slides: the one chosen is shown and edited; presentation mode (F5) steps through them with PageDown and PageUp</source>
        <translation>本讲的幻灯片：选中的一张会显示并可编辑；演示模式（F5）中用 PageDown 和 PageUp 翻页</translation>
    </message>
    <message>
        <location filename="../../ui/slide_strip.cpp" line="148"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>actviz::ui::SoftmaxView</name>
    <message>
        <location filename="../../ui/softmax_view.cpp" line="129"/>
        <location filename="../../ui/softmax_view.cpp" line="147"/>
        <source>logit zᵢ</source>
        <translation>logit zᵢ</translation>
    </message>
    <message>
        <location filename="../../ui/softmax_view.cpp" line="130"/>
        <source>probability σ(z/T)ᵢ</source>
        <translation>概率 σ(z/T)ᵢ</translation>
    </message>
    <message>
        <location filename="../../ui/softmax_view.cpp" line="131"/>
        <source>Jacobian diagonal ∂σᵢ/∂zᵢ = σᵢ(1 − σᵢ)/T</source>
        <translation>雅可比矩阵对角线 ∂σᵢ/∂zᵢ = σᵢ(1 − σᵢ)/T</translation>
    </message>
    <message>
        <location filename="../../ui/softmax_view.cpp" line="132"/>
        <source>Logits and their softmax probabilities</source>
        <translation>logit 及其 softmax 概率</translation>
    </message>
    <message>
        <location filename="../../ui/softmax_view.cpp" line="134"/>
        <source>Each logit as a bar (drag a bar to change it) beside its probability</source>
        <translation>每个 logit 显示为一根柱（拖动柱子即可修改），旁边是它的概率</translation>
    </message>
    <message>
        <location filename="../../ui/softmax_view.cpp" line="136"/>
        <source>Jacobian of softmax</source>
        <translation>softmax 的雅可比矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/softmax_view.cpp" line="138"/>
        <source>How each probability changes with each logit at the current logits</source>
        <translation>在当前 logit 处，每个概率随每个 logit 的变化</translation>
    </message>
    <message>
        <location filename="../../ui/softmax_view.cpp" line="143"/>
        <source>Below 1 sharpens the probabilities towards the largest logit; above 1 evens them out</source>
        <translation>小于 1 时概率向最大的 logit 集中；大于 1 时概率趋于均匀</translation>
    </message>
    <message>
        <location filename="../../ui/softmax_view.cpp" line="149"/>
        <source>2 to 10 logits, separated by commas; or drag the grey bars</source>
        <translation>2 到 10 个 logit，以逗号分隔；或拖动灰色条</translation>
    </message>
    <message>
        <location filename="../../ui/softmax_view.cpp" line="150"/>
        <source>The temperature: any number &gt; 0</source>
        <translation>温度：任意大于 0 的数</translation>
    </message>
    <message>
        <location filename="../../ui/softmax_view.cpp" line="151"/>
        <source>Logits z</source>
        <translation>Logits z</translation>
    </message>
    <message>
        <location filename="../../ui/softmax_view.cpp" line="141"/>
        <location filename="../../ui/softmax_view.cpp" line="152"/>
        <source>Temperature T</source>
        <translation>温度 T</translation>
    </message>
    <message>
        <location filename="../../ui/softmax_view.cpp" line="274"/>
        <source>σ(z/T)ᵢ and ∂σᵢ/∂zᵢ (T = %1)</source>
        <translation>σ(z/T)ᵢ 与 ∂σᵢ/∂zᵢ（T = %1）</translation>
    </message>
    <message>
        <location filename="../../ui/softmax_view.cpp" line="146"/>
        <source>logit i</source>
        <translation>logit i</translation>
    </message>
    <message>
        <location filename="../../ui/softmax_view.cpp" line="153"/>
        <source>The source article plots softmax over its whole sampled grid (100 points of [-10, 10]). Those values sum to 1, so each is e^x divided by the sum over all samples: the shape is just the exponential, and its height depends on how many points were sampled, not on any property of softmax. Softmax is a function of a vector, as above.</source>
        <translation>原文章对其整个采样网格（[-10, 10] 上的 100 个点）绘制 softmax。这些值之和为 1，因此每个值都是 e^x 除以所有样本之和：其形状只是指数函数，高度取决于采样点的数量，而与 softmax 的任何性质无关。Softmax 是向量的函数，如上所示。</translation>
    </message>
    <message>
        <location filename="../../ui/softmax_view.cpp" line="174"/>
        <location filename="../../ui/softmax_view.cpp" line="200"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; 不是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/softmax_view.cpp" line="324"/>
        <source>x (100 samples of [-10, 10])</source>
        <translation>x（[-10, 10] 上的 100 个样本）</translation>
    </message>
    <message>
        <location filename="../../ui/softmax_view.cpp" line="325"/>
        <source>softmax(grid)</source>
        <translation>softmax(grid)</translation>
    </message>
</context>
<context>
    <name>actviz::ui::Sweep</name>
    <message>
        <location filename="../../ui/sweep.cpp" line="40"/>
        <source>an animation has 2 to %1 frames, not %2</source>
        <translation>动画需要 2 到 %1 帧，而不是 %2</translation>
    </message>
    <message>
        <location filename="../../ui/sweep.cpp" line="44"/>
        <source>the first and last values must be finite numbers</source>
        <translation>起始值和终止值必须是有限的数</translation>
    </message>
    <message>
        <location filename="../../ui/sweep.cpp" line="46"/>
        <source>a logarithmic sweep needs positive first and last values</source>
        <translation>对数扫描的起始值和终止值必须为正</translation>
    </message>
    <message>
        <location filename="../../ui/sweep.cpp" line="47"/>
        <location filename="../../ui/sweep.cpp" line="50"/>
        <source>there is no curve to animate</source>
        <translation>没有可以制作动画的曲线</translation>
    </message>
    <message>
        <location filename="../../ui/sweep.cpp" line="53"/>
        <source>%1 has no such parameter</source>
        <translation>%1 没有这个参数</translation>
    </message>
    <message>
        <location filename="../../ui/sweep.cpp" line="86"/>
        <source>%1 frames of %2 pixels are %3 pixels to draw; the limit is %4</source>
        <translation>%1 帧、每帧 %2 像素，共需绘制 %3 像素；上限为 %4</translation>
    </message>
    <message>
        <location filename="../../ui/sweep.cpp" line="95"/>
        <source>an animation is written as an animated .gif or numbered .png frames, not &apos;%1&apos;</source>
        <translation>动画只能写成动态 .gif 或编号的 .png 帧，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/sweep.cpp" line="118"/>
        <location filename="../../ui/sweep.cpp" line="120"/>
        <location filename="../../ui/sweep.cpp" line="149"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/sweep.cpp" line="168"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>actviz::ui::SweepDialog</name>
    <message>
        <location filename="../../ui/sweep_dialog.cpp" line="34"/>
        <source>Export an animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dialog.cpp" line="41"/>
        <source>25 frames a second</source>
        <translation>每秒 25 帧</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dialog.cpp" line="42"/>
        <source>Animated GIF (.gif)</source>
        <translation>动态 GIF (.gif)</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dialog.cpp" line="43"/>
        <source>Numbered PNG frames (.png)</source>
        <translation>编号的 PNG 帧 (.png)</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dialog.cpp" line="49"/>
        <source>Curve</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dialog.cpp" line="50"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dialog.cpp" line="51"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dialog.cpp" line="52"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dialog.cpp" line="53"/>
        <source>Frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dialog.cpp" line="54"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dialog.cpp" line="56"/>
        <source>Frames are drawn at the size and theme of the last image export (Ctrl+E).</source>
        <translation>各帧按上一次导出图片（Ctrl+E）的尺寸和主题绘制。</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dialog.cpp" line="59"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dialog.cpp" line="124"/>
        <location filename="../../ui/sweep_dialog.cpp" line="125"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是一个数</translation>
    </message>
</context>
<context>
    <name>actviz::ui::TangentOverlay</name>
    <message>
        <location filename="../../ui/tangent_overlay.cpp" line="113"/>
        <source>x₀ = %1
f(x₀) = %2
f′(x₀) = %3</source>
        <translation>x₀ = %1
f(x₀) = %2
f′(x₀) = %3</translation>
    </message>
</context>
<context>
    <name>actviz::ui::ViewRangeBar</name>
    <message>
        <location filename="../../ui/view_range_bar.cpp" line="75"/>
        <source>x from</source>
        <translation>x 从</translation>
    </message>
    <message>
        <location filename="../../ui/view_range_bar.cpp" line="75"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/view_range_bar.cpp" line="75"/>
        <source>y from</source>
        <translation>y 从</translation>
    </message>
    <message>
        <location filename="../../ui/view_range_bar.cpp" line="78"/>
        <source>Type a bound and press Enter</source>
        <translation>键入边界值并按 Enter</translation>
    </message>
    <message>
        <location filename="../../ui/view_range_bar.cpp" line="134"/>
        <source>“%1” is not a finite number.</source>
        <translation>“%1”不是有限的数。</translation>
    </message>
</context>
</TS>
