var isAutoBaseline=(function isAutoBaseline(value){return value?.trim().toLowerCase()===AUTO_BASELINE});
var AUTO_BASELINE="auto",DEFAULT_BASELINE_ARTIFACT="loadgate-baseline";export{DEFAULT_BASELINE_ARTIFACT,isAutoBaseline};
