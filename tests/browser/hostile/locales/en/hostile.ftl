# Hostile definitions for the browser test.
alpha = <script>alert("definition")</script><img src=x onerror="alert('img')">
bravo = " onmouseover="alert('attribute')" x="
charlie = <iframe src="javascript:alert('iframe')"></iframe><meta http-equiv="refresh" content="0;url=https://evil.invalid/">
delta = </section></body><script>console.log("escaped")</script> &amp;lt;b&amp;gt; <!-- comment -->
