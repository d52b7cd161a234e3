export { RefusedPage as default } from "@/components/manage/refused-page";
